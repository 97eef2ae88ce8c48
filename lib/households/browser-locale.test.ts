import { describe, expect, it } from "vitest";
import { currencyForLocale, hemisphereForZone, weekStartForLocale } from "./browser-locale";

describe("hemisphereForZone", () => {
  it.each([
    ["Pacific/Auckland", "SOUTH"],
    ["Australia/Sydney", "SOUTH"],
    ["America/Argentina/Cordoba", "SOUTH"],
    ["America/Sao_Paulo", "SOUTH"],
    ["Africa/Johannesburg", "SOUTH"],
    ["America/Los_Angeles", "NORTH"],
    ["Europe/Paris", "NORTH"],
    ["Asia/Tokyo", "NORTH"],
    ["UTC", "NORTH"],
  ])("%s is %s", (zone, hemisphere) => {
    expect(hemisphereForZone(zone)).toBe(hemisphere);
  });
});

describe("currencyForLocale", () => {
  it.each([
    ["en-NZ", "NZD"],
    ["en-US", "USD"],
    ["fr-FR", "EUR"],
    ["de-CH", "CHF"],
    ["en-GB", "GBP"],
    ["ja", "JPY"],
    ["pt-BR", "BRL"],
  ])("%s pays in %s", (locale, currency) => {
    expect(currencyForLocale(locale)).toBe(currency);
  });

  it("falls back to USD for unknown or malformed locales", () => {
    expect(currencyForLocale("xx-ZZ")).toBe("USD");
    expect(currencyForLocale("not a locale!!")).toBe("USD");
  });
});

describe("weekStartForLocale", () => {
  it.each([
    ["en-US", "SUNDAY"],
    ["en-GB", "MONDAY"],
    ["en-NZ", "MONDAY"],
    ["de-DE", "MONDAY"],
    ["ar-EG", "SATURDAY"],
    ["pt-BR", "SUNDAY"],
    ["dv-MV", "FRIDAY"],
  ])("%s starts the week on %s", (locale, weekday) => {
    expect(weekStartForLocale(locale)).toBe(weekday);
  });

  it("falls back to Monday for malformed locales", () => {
    expect(weekStartForLocale("not a locale!!")).toBe("MONDAY");
  });
});
