import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./same-origin";

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/x", { method: "POST", headers });

describe("assertSameOrigin", () => {
  it("accepts same-origin and user-initiated fetches", () => {
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "none" }))).not.toThrow();
  });

  it("refuses cross-site and same-site (another subdomain) fetches", () => {
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "cross-site" }))).toThrow(/Cross-site/);
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "same-site" }))).toThrow(/Cross-site/);
  });

  it("falls back to comparing Origin with Host", () => {
    expect(() => assertSameOrigin(request({ origin: "http://localhost:3000", host: "localhost:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(request({ origin: "https://evil.example", host: "localhost:3000" }))).toThrow();
  });

  it("lets requests without browser headers through (scripts)", () => {
    expect(() => assertSameOrigin(request({}))).not.toThrow();
  });
});
