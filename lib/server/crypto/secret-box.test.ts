import { describe, expect, it } from "vitest";
import { needsReseal, openSecret, sealSecret, secretBoxKeyring, SecretBoxError } from "./secret-box";

const OLD = "old-secret-0123456789abcdef0123456789";
const NEW = "new-secret-0123456789abcdef0123456789";
const oldRing = secretBoxKeyring({ AUTH_SECRET: OLD });
const rotated = secretBoxKeyring({ AUTH_SECRET: NEW, SECRET_BOX_PREVIOUS_SECRETS: OLD });

describe("secret box", () => {
  it("round-trips, never showing the plaintext, with a fresh IV each time", () => {
    const a = sealSecret("whsec_abc", "webhook", oldRing);
    const b = sealSecret("whsec_abc", "webhook", oldRing);
    expect(a).toMatch(/^sb1\.[\w-]{8}\.[\w-]{16}\.[\w-]+$/);
    expect(a).not.toContain("abc");
    expect(a).not.toBe(b);
    expect(openSecret(a, "webhook", oldRing)).toBe("whsec_abc");
  });

  it("opens values sealed under a previous key, seals under the current one", () => {
    const old = sealSecret("s3cret", "webhook", oldRing);
    expect(openSecret(old, "webhook", rotated)).toBe("s3cret");
    expect(needsReseal(old, rotated)).toBe(true);
    const fresh = sealSecret("s3cret", "webhook", rotated);
    expect(needsReseal(fresh, rotated)).toBe(false);
    expect(() => openSecret(fresh, "webhook", oldRing)).toThrow(/no longer configured/);
  });

  it("refuses tampering, another purpose, and garbage", () => {
    const sealed = sealSecret("s3cret", "webhook", oldRing);
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3] as string, "base64url");
    body[0] = (body[0] as number) ^ 1;
    const tampered = [...parts.slice(0, 3), body.toString("base64url")].join(".");
    expect(() => openSecret(tampered, "webhook", oldRing)).toThrow(SecretBoxError);
    expect(() => openSecret(sealed, "oauth", oldRing)).toThrow(SecretBoxError);
    for (const bad of ["", "whsec_abc", "sb1.x.y", `${sealed}.x`])
      expect(() => openSecret(bad, "webhook", oldRing)).toThrow(SecretBoxError);
  });

  it("derives the keys once per configuration, and anew when it changes", () => {
    const env = { AUTH_SECRET: NEW, SECRET_BOX_PREVIOUS_SECRETS: OLD };
    expect(secretBoxKeyring({ ...env })).toBe(secretBoxKeyring({ ...env }));
    const withoutPrevious = secretBoxKeyring({ AUTH_SECRET: NEW });
    expect(withoutPrevious).not.toBe(secretBoxKeyring(env));
    expect(withoutPrevious.previous).toEqual([]);
  });

  it("requires a real AUTH_SECRET", () => {
    expect(() => secretBoxKeyring({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });
});
