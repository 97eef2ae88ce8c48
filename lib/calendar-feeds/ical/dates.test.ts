import { describe, expect, it } from "vitest";
import { formatDate, formatMinutesDuration, formatUtcDateTime, nextDay, parseIcalDate, parseIcalTime } from "./dates";

describe("formatDate / nextDay (exclusive DTEND of an all-day event)", () => {
  it.each([
    ["2026-05-14", "2026-05-15"],
    ["2026-01-31", "2026-02-01"],
    ["2026-04-30", "2026-05-01"],
    ["2026-12-31", "2027-01-01"],
    ["2027-02-28", "2027-03-01"],
    ["2028-02-28", "2028-02-29"],
    ["2028-02-29", "2028-03-01"],
    ["2100-02-28", "2100-03-01"],
    ["2000-02-28", "2000-02-29"],
  ])("%s → %s", (day, next) => {
    expect(nextDay(day)).toBe(next);
    expect(formatDate(next)).toBe(next.replaceAll("-", ""));
  });

  it("refuses impossible days and other shapes", () => {
    expect(() => parseIcalDate("2026-02-29")).toThrow(RangeError);
    expect(() => parseIcalDate("2026-13-01")).toThrow(RangeError);
    expect(() => parseIcalDate("2026-1-01")).toThrow(RangeError);
    expect(() => formatDate("20260101")).toThrow(RangeError);
  });
});

describe("formatUtcDateTime", () => {
  it("writes UTC with a Z and drops milliseconds", () => {
    expect(formatUtcDateTime(new Date("2026-11-02T08:15:30.999Z"))).toBe("20261102T081530Z");
    expect(formatUtcDateTime(new Date("0999-01-02T03:04:05Z"))).toBe("09990102T030405Z");
  });

  it("refuses an invalid Date", () => {
    expect(() => formatUtcDateTime(new Date("nope"))).toThrow(RangeError);
  });
});

describe("parseIcalTime", () => {
  it("reads HH:mm and refuses anything else", () => {
    expect(parseIcalTime("23:59")).toEqual({ hour: 23, minute: 59 });
    expect(() => parseIcalTime("24:00")).toThrow(RangeError);
    expect(() => parseIcalTime("9:00")).toThrow(RangeError);
  });
});

describe("formatMinutesDuration", () => {
  it("writes PT<n>M", () => {
    expect(formatMinutesDuration(60)).toBe("PT60M");
    expect(() => formatMinutesDuration(-1)).toThrow(RangeError);
    expect(() => formatMinutesDuration(1.5)).toThrow(RangeError);
  });
});
