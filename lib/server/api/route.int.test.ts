import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { GET as accountRoute } from "@/app/api/account/route";
import { POST as createHouseholdRoute } from "@/app/api/households/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { createSession, revokeSession } from "@/lib/accounts/sessions";
import { serverEnv } from "@/lib/server/env";
import { addHouseholdMember, callRoute, createHouseholdOwner } from "@/tests/support/fixtures";

async function sessionCookie(sessionId: string): Promise<string> {
  const token = await encode({ token: { sid: sessionId }, secret: serverEnv().AUTH_SECRET });
  return `next-auth.session-token=${token}`;
}

describe("the API route wrapper", () => {
  it("answers 401 problem+json without credentials and with an unknown token", async () => {
    const anonymous = await callRoute(accountRoute);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ status: 401, code: "UNAUTHENTICATED", title: "Unauthorized" });
    expect(anonymous.headers.get("content-type")).toBe("application/problem+json");

    const badToken = await callRoute(accountRoute, { authorization: "Bearer da_not-a-real-token" });
    expect(badToken.status).toBe(401);
  });

  it("accepts a live session cookie and refuses it once the session is revoked server-side", async () => {
    const owner = await createHouseholdOwner();
    const sessionId = await createSession(owner.auth.userId);
    const cookie = await sessionCookie(sessionId);

    const live = await callRoute(accountRoute, { headers: { cookie } });
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ user: { email: owner.email }, activeHousehold: { role: "OWNER" } });

    await revokeSession(sessionId);
    const revoked = await callRoute(accountRoute, { headers: { cookie } });
    expect(revoked.status).toBe(401);
  });

  it("refuses cross-site writes made with a session cookie, but not Bearer-token writes", async () => {
    const owner = await createHouseholdOwner();
    const cookie = await sessionCookie(await createSession(owner.auth.userId));

    const crossSite = await callRoute(createHouseholdRoute, {
      method: "POST",
      headers: { cookie, "sec-fetch-site": "cross-site" },
      body: { name: "Cabin" },
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toMatchObject({ code: "CROSS_SITE_REQUEST" });

    const foreignOrigin = await callRoute(createHouseholdRoute, {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", host: "localhost:3000" },
      body: { name: "Cabin" },
    });
    expect(foreignOrigin.status).toBe(403);

    const sameOrigin = await callRoute(createHouseholdRoute, {
      method: "POST",
      headers: { cookie, "sec-fetch-site": "same-origin" },
      body: { name: "Cabin" },
    });
    expect(sameOrigin.status).toBe(201);

    const script = await callRoute(createHouseholdRoute, { method: "POST", authorization: owner.authorization, body: { name: "Boat" } });
    expect(script.status).toBe(201);
  });

  it("refuses a JSON endpoint called with another content type (415)", async () => {
    const owner = await createHouseholdOwner();
    const response = await createHouseholdRoute(
      new Request("http://localhost:3000/api/households", {
        method: "POST",
        headers: { authorization: owner.authorization, "content-type": "text/plain" },
        body: "name=Cabin",
      }),
    );
    expect(response.status).toBe(415);
  });

  it("stops working for a token whose user left the household", async () => {
    const owner = await createHouseholdOwner();
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    expect((await callRoute(accountRoute, { authorization: member.authorization })).status).toBe(200);
    const { db } = await import("@/lib/server/db/client");
    await db().membership.deleteMany({ where: { userId: member.auth.userId } });
    expect((await callRoute(accountRoute, { authorization: member.authorization })).status).toBe(401);
  });

  it("reports health with the database reachable", async () => {
    const { status, body } = await callRoute(healthRoute);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", database: { latencyMs: expect.any(Number) } });
  });
});
