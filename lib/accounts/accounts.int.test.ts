import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { GET as accountRoute, POST as signUpRoute } from "@/app/api/account/route";
import { PUT as changePasswordRoute } from "@/app/api/account/password/route";
import { db } from "@/lib/server/db/client";
import { verifyPassword } from "@/lib/server/crypto/password";
import { limitedSignInRoute } from "@/lib/server/api/sign-in-route";
import { serverEnv } from "@/lib/server/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { createSession } from "./sessions";
import { signUp } from "./sign-up";
import { verifyCredentials } from "./verify-credentials";

describe("sign up", () => {
  it("limits sign-ups per client address (SIGNUP_MAX_PER_HOUR, 20 by default) with 429 and Retry-After", async () => {
    const from = (address: string) => ({
      method: "POST",
      headers: { [CLIENT_ADDRESS_HEADER]: address },
      body: { name: "", email: "nope", password: "x" },
    });
    for (let i = 0; i < 20; i++) expect((await callRoute(signUpRoute, from("203.0.113.7"))).status).toBe(422);
    const refused = await callRoute(signUpRoute, from("203.0.113.7"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await callRoute(signUpRoute, from("203.0.113.8"))).status).toBe(422);
  });

  it("keys the limit on the socket address, not on an X-Forwarded-For the client chose (TRUST_PROXY off)", async () => {
    const from = (forwardedFor: string) => ({
      method: "POST",
      headers: { [CLIENT_ADDRESS_HEADER]: "198.51.100.20", "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor },
      body: { name: "", email: "nope", password: "x" },
    });
    for (let i = 0; i < 20; i++) expect((await callRoute(signUpRoute, from(`9.9.9.${i}`))).status).toBe(422);
    expect((await callRoute(signUpRoute, from("9.9.9.99"))).status).toBe(429);
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
    expect(await verifyCredentials({ email: owner.email, password: owner.password })).toEqual({ userId: owner.auth.userId });
    expect(await verifyCredentials({ email: owner.email, password: "wrong password" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.test", password: "wrong password" })).toBeNull();
  });
});

/**
 * The sign-in door exactly as app/api/auth/[...nextauth] builds it, around a stand-in
 * for next-auth's credentials callback (which needs a live Next request scope): 200 with
 * a url on success, 401 for wrong credentials, like next-auth answers.
 */
const signInRoute = limitedSignInRoute(async (request) => {
  const form = await request.formData();
  const verified = await verifyCredentials({ email: form.get("email"), password: form.get("password") });
  return new Response(
    JSON.stringify({ url: verified ? "http://localhost:3000/dashboard" : "http://localhost:3000/sign-in?error=CredentialsSignin" }),
    {
      status: verified ? 200 : 401,
      headers: { "content-type": "application/json" },
    },
  );
});

async function signInAttempt(email: string, password: string, client: string) {
  const request = new Request("http://localhost:3000/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin", [CLIENT_ADDRESS_HEADER]: client },
    body: new URLSearchParams({ email, password, json: "true" }),
  });
  const response = await signInRoute(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

describe("sign-in limits", () => {
  it("never locks the owner out: after 10 wrong passwords from elsewhere the right one still works from a clean client", async () => {
    const owner = await createHouseholdOwner();
    for (let i = 0; i < 10; i++) expect((await signInAttempt(owner.email, "wrong", `203.0.113.${i}`)).status).toBe(401);
    const owners = await signInAttempt(owner.email, owner.password, "198.51.100.1");
    expect(owners.status).toBe(200);
  });

  it("slows, not blocks, an account under attack: one attempt per LOGIN_BACKOFF_SECONDS, 429 with Retry-After", async () => {
    const owner = await createHouseholdOwner();
    for (let i = 0; i < 10; i++) await signInAttempt(owner.email, "wrong", `203.0.113.${i}`);
    expect((await signInAttempt(owner.email, "wrong", "203.0.113.50")).status).toBe(401);
    const paced = await signInAttempt(owner.email, owner.password, "198.51.100.2");
    expect(paced.status).toBe(429);
    const retryAfter = Number(paced.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(5);
    expect(paced.body).toMatchObject({ status: 429, code: "RATE_LIMITED" });
  });

  it("blocks one client guessing one account after 10 failures, with a 429 next-auth's client can read", async () => {
    const owner = await createHouseholdOwner();
    for (let i = 0; i < 10; i++) expect((await signInAttempt(owner.email, "wrong", "203.0.113.77")).status).toBe(401);
    const refused = await signInAttempt(owner.email, owner.password, "203.0.113.77");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(new URL(String(refused.body.url)).searchParams.get("error")).toBe("RATE_LIMITED");
  });

  it("limits one client across accounts (5x LOGIN_MAX_ATTEMPTS failures)", async () => {
    for (let i = 0; i < 50; i++) expect((await signInAttempt(`guess-${i}@example.test`, "x", "203.0.113.99")).status).toBe(401);
    const refused = await signInAttempt("guess-x@example.test", "x", "203.0.113.99");
    expect(refused.status).toBe(429);
    expect((await signInAttempt("guess-x@example.test", "x", "203.0.113.98")).status).toBe(401);
  });

  it("a success clears the client's failures for that account", async () => {
    const owner = await createHouseholdOwner();
    for (let i = 0; i < 9; i++) await signInAttempt(owner.email, "wrong", "203.0.113.5");
    expect((await signInAttempt(owner.email, owner.password, "203.0.113.5")).status).toBe(200);
    const next = await signInAttempt(owner.email, "typo", "203.0.113.5");
    expect(next.status).toBe(401);
    // Counted before this attempt: the (account, client) limit is whole again.
    expect(next.headers.get("ratelimit")).toContain('"sign-in";r=10;');
    expect(next.headers.get("ratelimit-policy")).toContain('"sign-in";q=10;w=900');
  });
});

async function sessionCookie(sessionId: string): Promise<string> {
  const token = await encode({ token: { sid: sessionId }, secret: serverEnv().AUTH_SECRET });
  return `next-auth.session-token=${token}`;
}

const changePasswordAs = (cookie: string, body: Record<string, unknown>, client = "198.51.100.9") =>
  callRoute(changePasswordRoute, {
    method: "PUT",
    headers: { cookie, "sec-fetch-site": "same-origin", [CLIENT_ADDRESS_HEADER]: client },
    body,
  });

describe("change password", () => {
  it("checks the current password, stores the new one, revokes the other sessions and, by default, the API tokens", async () => {
    const owner = await createHouseholdOwner();
    const current = await createSession(owner.auth.userId);
    const other = await createSession(owner.auth.userId);
    const cookie = await sessionCookie(current);

    const wrong = await changePasswordAs(cookie, { currentPassword: "not it", newPassword: "a brand new password" });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ errors: [{ path: "currentPassword" }] });

    const changed = await changePasswordAs(cookie, { currentPassword: owner.password, newPassword: "a brand new password" });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ revokedSessions: 1, revokedApiTokens: 1, signedOut: false });
    const remaining = await db().authSession.findMany({ where: { userId: owner.auth.userId }, select: { id: true } });
    expect(remaining.map((s) => s.id)).toEqual([current]);
    expect(remaining.map((s) => s.id)).not.toContain(other);
    expect((await callRoute(accountRoute, { authorization: owner.authorization })).status).toBe(401);
    expect(await verifyCredentials({ email: owner.email, password: "a brand new password" })).toEqual({ userId: owner.auth.userId });
  });

  it("keeps the API tokens when asked, and signs this session out too with signOutEverywhere", async () => {
    const owner = await createHouseholdOwner();
    const cookie = await sessionCookie(await createSession(owner.auth.userId));
    const changed = await changePasswordAs(cookie, {
      currentPassword: owner.password,
      newPassword: "a brand new password",
      revokeApiTokens: false,
      signOutEverywhere: true,
    });
    expect(changed.body).toEqual({ revokedSessions: 1, revokedApiTokens: 0, signedOut: true });
    expect((await callRoute(accountRoute, { headers: { cookie } })).status).toBe(401);
    expect((await callRoute(accountRoute, { authorization: owner.authorization })).status).toBe(200);
  });

  it("limits guesses at the current password like sign-in (429 with Retry-After)", async () => {
    const owner = await createHouseholdOwner();
    const cookie = await sessionCookie(await createSession(owner.auth.userId));
    for (let i = 0; i < 10; i++) {
      expect((await changePasswordAs(cookie, { currentPassword: `guess ${i}`, newPassword: "a brand new password" })).status).toBe(422);
    }
    const refused = await changePasswordAs(cookie, { currentPassword: owner.password, newPassword: "a brand new password" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await verifyCredentials({ email: owner.email, password: owner.password })).toEqual({ userId: owner.auth.userId });
  });
});
