import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "./security-headers";

describe("security headers", () => {
  it("make a fresh 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("allow scripts only by nonce on pages, never inline or eval in production", () => {
    const policy = pageContentSecurityPolicy("abc");
    const script = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(script).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(pageContentSecurityPolicy("abc", { development: true })).toContain("'unsafe-eval'");
  });

  it("let nothing load from an API answer", () => {
    expect(API_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'/);
  });

  it("send HSTS only for an https APP_URL", () => {
    expect(strictTransportSecurity("https://assets.example.org")).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
    expect(strictTransportSecurity("not a url")).toBeNull();
  });
});
