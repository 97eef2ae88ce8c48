import { describe, expect, it } from "vitest";
import { assertSameOrigin, type SameOriginOptions } from "./same-origin";

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/x", { method: "POST", headers });
const direct: SameOriginOptions = { trustedProxyHops: 0, appUrl: "https://assets.example" };
const proxied: SameOriginOptions = { trustedProxyHops: 1, appUrl: "https://assets.example" };

describe("assertSameOrigin", () => {
  it("accepts same-origin and user-initiated fetches", () => {
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "same-origin" }), direct)).not.toThrow();
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "none" }), direct)).not.toThrow();
  });

  it("refuses cross-site and same-site (another subdomain) fetches", () => {
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "cross-site" }), direct)).toThrow(/Cross-site/);
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "same-site" }), direct)).toThrow(/Cross-site/);
  });

  it("falls back to comparing Origin with Host", () => {
    expect(() => assertSameOrigin(request({ origin: "http://localhost:3000", host: "localhost:3000" }), direct)).not.toThrow();
    expect(() => assertSameOrigin(request({ origin: "https://evil.example", host: "localhost:3000" }), direct)).toThrow();
  });

  it("allows APP_URL's origin whatever the Host", () => {
    expect(() => assertSameOrigin(request({ origin: "https://assets.example", host: "10.0.0.5:3000" }), direct)).not.toThrow();
  });

  it("ignores X-Forwarded-Host unless a proxy is trusted", () => {
    const forged = request({ origin: "https://evil.example", host: "localhost:3000", "x-forwarded-host": "evil.example" });
    expect(() => assertSameOrigin(forged, direct)).toThrow(/Cross-site/);
    const viaProxy = request({ origin: "https://home.example", host: "app:3000", "x-forwarded-host": "home.example" });
    expect(() => assertSameOrigin(viaProxy, proxied)).not.toThrow();
    expect(() => assertSameOrigin(viaProxy, direct)).toThrow(/Cross-site/);
  });

  it("refuses an opaque or malformed Origin with a 403, not a crash", () => {
    for (const origin of ["null", "not a url", "file://"]) {
      let thrown: unknown;
      try {
        assertSameOrigin(request({ origin, host: "localhost:3000" }), direct);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: "CROSS_SITE_REQUEST", status: 403 });
    }
  });

  it("lets requests without browser headers through (scripts)", () => {
    expect(() => assertSameOrigin(request({}), direct)).not.toThrow();
  });
});
