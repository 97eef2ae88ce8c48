import { describe, expect, it } from "vitest";
import { mailConfig } from "./mail-config";

describe("mailConfig", () => {
  it("reads SMTP_URL, SMTP_FROM and APP_URL, with the outbox when SMTP is not set", () => {
    expect(mailConfig({})).toEqual({ smtpUrl: undefined, from: "DumbAssets <dumbassets@localhost>", appUrl: "http://localhost:3000" });
    expect(mailConfig({ SMTP_URL: "" }).smtpUrl).toBeUndefined();
    expect(
      mailConfig({ SMTP_URL: "smtps://u:p@mail.example:465", SMTP_FROM: "Home <home@example.com>", APP_URL: "https://a.example/" }),
    ).toEqual({
      smtpUrl: "smtps://u:p@mail.example:465",
      from: "Home <home@example.com>",
      appUrl: "https://a.example",
    });
  });

  it("names the setting that is wrong", () => {
    expect(() => mailConfig({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
    expect(() => mailConfig({ APP_URL: "not a url" })).toThrow(/APP_URL/);
  });
});
