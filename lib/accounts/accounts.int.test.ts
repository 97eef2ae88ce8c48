import { describe, expect, it } from "vitest";
import { POST as signUpRoute } from "@/app/api/account/route";
import { PUT as changePasswordRoute } from "@/app/api/account/password/route";
import { db } from "@/lib/server/db/client";
import { verifyPassword } from "@/lib/server/auth/password";
import { AppError } from "@/lib/server/errors/app-error";
import { callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { createSession } from "./sessions";
import { signUp } from "./sign-up";
import { verifyCredentials } from "./verify-credentials";

describe("sign up", () => {
  it("limits sign-ups per client address (SIGNUP_MAX_PER_HOUR, 20 by default) with 429 and Retry-After", async () => {
    const from = (address: string) => ({ method: "POST", headers: { "x-forwarded-for": address }, body: { name: "", email: "nope", password: "x" } });
    for (let i = 0; i < 20; i++) expect((await callRoute(signUpRoute, from("203.0.113.7"))).status).toBe(422);
    const refused = await callRoute(signUpRoute, from("203.0.113.7"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await callRoute(signUpRoute, from("203.0.113.8"))).status).toBe(422);
  });

  it("creates the user, a household they own, and makes it active", async () => {
    const { status, body } = await callRoute(signUpRoute, {
      method: "POST",
      body: { name: "Ada", email: "  Ada@Example.TEST ", password: "a long enough password" },
    });
    expect(status).toBe(201);
    const { userId, householdId } = body as { userId: string; householdId: string };
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
    expect(user.email).toBe("ada@example.test");
    expect(user.activeHouseholdId).toBe(householdId);
    expect(user.memberships).toEqual([expect.objectContaining({ householdId, role: "OWNER" })]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "a long enough password")).toBe(true);
  });

  it("answers 422 with field paths for bad input and 409 for a taken email", async () => {
    const invalid = await callRoute(signUpRoute, { method: "POST", body: { name: "", email: "nope", password: "short" } });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    const paths = (invalid.body as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(["email", "name", "password"]);

    await signUp({ name: "B", email: "taken@example.test", password: "a long enough password" });
    const taken = await callRoute(signUpRoute, {
      method: "POST",
      body: { name: "C", email: "TAKEN@example.test", password: "a long enough password" },
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: "CONFLICT", errors: [{ path: "email" }] });
  });

  it("refuses a cross-site sign-up", async () => {
    const { status, body } = await callRoute(signUpRoute, {
      method: "POST",
      headers: { "sec-fetch-site": "cross-site" },
      body: { name: "Eve", email: "eve@example.test", password: "a long enough password" },
    });
    expect(status).toBe(403);
    expect(body).toMatchObject({ code: "CROSS_SITE_REQUEST" });
  });
});

describe("verifyCredentials", () => {
  it("gives the same answer for an unknown email and a wrong password", async () => {
    const owner = await createHouseholdOwner();
    expect(await verifyCredentials({ email: owner.email, password: owner.password }, "client-a")).toEqual({ userId: owner.auth.userId });
    expect(await verifyCredentials({ email: owner.email, password: "wrong password" }, "client-a")).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.test", password: "wrong password" }, "client-a")).toBeNull();
  });

  it("rate-limits attempts per account, whatever the client", async () => {
    const owner = await createHouseholdOwner();
    for (let i = 0; i < 10; i++) {
      expect(await verifyCredentials({ email: owner.email, password: "wrong" }, `client-${i}`)).toBeNull();
    }
    const attempt = verifyCredentials({ email: owner.email, password: owner.password }, "client-new");
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("rate-limits attempts per client, whatever the account", async () => {
    const emails = Array.from({ length: 50 }, (_, i) => `guess-${i}@example.test`);
    for (const email of emails) await verifyCredentials({ email, password: "x" }, "client-flood");
    await expect(verifyCredentials({ email: "guess-x@example.test", password: "x" }, "client-flood")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: expect.any(Number),
    });
  });
});

describe("change password", () => {
  it("checks the current password, stores the new one and revokes the other sessions", async () => {
    const owner = await createHouseholdOwner();
    const current = await createSession(owner.auth.userId);
    const other = await createSession(owner.auth.userId);

    const wrong = await callRoute(changePasswordRoute, {
      method: "PUT",
      authorization: owner.authorization,
      body: { currentPassword: "not it", newPassword: "a brand new password" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ errors: [{ path: "currentPassword" }] });

    // The change is made from the "current" browser session; every other one ends.
    const { changePassword } = await import("./change-password");
    const result = await changePassword({ ...owner.auth, sessionId: current }, { currentPassword: owner.password, newPassword: "a brand new password" });
    expect(result.revokedSessions).toBe(1);
    const remaining = await db().authSession.findMany({ where: { userId: owner.auth.userId }, select: { id: true } });
    expect(remaining.map((s) => s.id)).toEqual([current]);
    expect(remaining.map((s) => s.id)).not.toContain(other);
    expect(await verifyCredentials({ email: owner.email, password: "a brand new password" }, "c")).toEqual({ userId: owner.auth.userId });
  });
});
