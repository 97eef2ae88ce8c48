import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, forwardedHost } from "./client-address";

const headers = (init: Record<string, string>) => new Headers(init);

describe("clientAddress", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const h = headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.4", "x-forwarded-for": "9.9.9.9, 8.8.8.8", "x-real-ip": "7.7.7.7" });
    expect(clientAddress(h, 0)).toBe("198.51.100.4");
  });

  it("walks the configured number of trusted hops from the right", () => {
    const h = headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" });
    expect(clientAddress(h, 1)).toBe("10.0.0.1");
    expect(clientAddress(h, 2)).toBe("203.0.113.9");
    expect(clientAddress(h, 3)).toBe("6.6.6.6");
    // More hops than entries: the furthest address known.
    expect(clientAddress(h, 9)).toBe("6.6.6.6");
  });

  it("falls back to the socket when the trusted proxy sent no X-Forwarded-For", () => {
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });

  it("never trusts X-Forwarded-For without the server's own socket header", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "9.9.9.9" }), 0)).toBe("unknown");
  });
});

describe("forwardedHost", () => {
  it("is Host unless a proxy is trusted", () => {
    const h = headers({ host: "app.example", "x-forwarded-host": "evil.example" });
    expect(forwardedHost(h, 0)).toBe("app.example");
    expect(forwardedHost(h, 1)).toBe("evil.example");
  });

  it("takes the host the trusted hop set, right to left", () => {
    const h = headers({ host: "internal:3000", "x-forwarded-host": "spoofed.example, assets.example" });
    expect(forwardedHost(h, 1)).toBe("assets.example");
    expect(forwardedHost(headers({ host: "internal:3000" }), 1)).toBe("internal:3000");
  });
});
