import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { GET as accountRoute } from "@/app/api/account/route";
import { POST as createHouseholdRoute } from "@/app/api/households/route";
import { createSession } from "@/lib/accounts/sessions";
import { db } from "@/lib/server/db/client";
import { serverEnv } from "@/lib/server/env";
import { purgeExpiredRateLimits } from "@/lib/server/rate-limit";
import { callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { rateLimitPurgeHandler } from "@/workers/handlers/rate-limit-purge";
import { quietLogger } from "@/lib/server/jobs/test-support";

// serverEnv() caches its first read; this runs before any import can call it.
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "5";
  process.env.MAX_JSON_BODY_KB = "1";
});

async function sessionCookie(sessionId: string): Promise<string> {
  const token = await encode({ token: { sid: sessionId }, secret: serverEnv().AUTH_SECRET });
  return `next-auth.session-token=${token}`;
}

describe("the general API rate limit (API_RATE_LIMIT_PER_MINUTE)", () => {
  it("limits each API token, answering 429 with Retry-After and RateLimit headers", async () => {
    const owner = await createHouseholdOwner();
    for (let i = 0; i < 5; i++) {
      const ok = await callRoute(accountRoute, { authorization: owner.authorization });
      expect(ok.status).toBe(200);
      expect(ok.headers.get("ratelimit-policy")).toBe('"api";q=5;w=60');
      expect(ok.headers.get("ratelimit")).toMatch(new RegExp(`^"api";r=${4 - i};t=\\d+$`));
    }
    const refused = await callRoute(accountRoute, { authorization: owner.authorization });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.body).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get("ratelimit")).toMatch(/^"api";r=0;t=\d+$/);

    // The same member signed in with a browser has a budget of its own.
    const cookie = await sessionCookie(await createSession(owner.auth.userId));
    expect((await callRoute(accountRoute, { headers: { cookie } })).status).toBe(200);
  });

  it("limits each member's browser sessions together", async () => {
    const owner = await createHouseholdOwner();
    const phone = await sessionCookie(await createSession(owner.auth.userId));
    const laptop = await sessionCookie(await createSession(owner.auth.userId));
    for (let i = 0; i < 5; i++) expect((await callRoute(accountRoute, { headers: { cookie: i % 2 ? phone : laptop } })).status).toBe(200);
    expect((await callRoute(accountRoute, { headers: { cookie: phone } })).status).toBe(429);
  });

  it("purges buckets whose window ended long ago (hourly job)", async () => {
    const old = new Date(Date.now() - 2 * 86_400_000);
    await db().rateLimitBucket.createMany({
      data: [
        { key: "api:token:old", count: 3, windowStart: old },
        { key: "api:token:live", count: 1, windowStart: new Date() },
      ],
    });
    await rateLimitPurgeHandler.run(
      {},
      {
        job: {
          id: "j",
          kind: "rate-limit-purge",
          payload: {},
          attempts: 1,
          maxAttempts: 3,
          householdId: null,
          runAt: new Date(),
          createdAt: new Date(),
        },
        signal: new AbortController().signal,
        logger: quietLogger,
      },
    );
    const keys = (await db().rateLimitBucket.findMany({ where: { key: { in: ["api:token:old", "api:token:live"] } } })).map((b) => b.key);
    expect(keys).toEqual(["api:token:live"]);
    expect(await purgeExpiredRateLimits()).toBe(0);
  });
});

describe("the JSON body limit (MAX_JSON_BODY_KB)", () => {
  const big = JSON.stringify({ name: "x".repeat(2048) });

  it("answers 413 problem+json for a declared Content-Length over the limit", async () => {
    const owner = await createHouseholdOwner();
    const response = await createHouseholdRoute(
      new Request("http://localhost:3000/api/households", {
        method: "POST",
        headers: { authorization: owner.authorization, "content-type": "application/json", "content-length": String(big.length) },
        body: big,
      }),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  it("counts a streamed body without Content-Length and stops reading at the limit", async () => {
    const owner = await createHouseholdOwner();
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(512));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled === 1) controller.enqueue(new TextEncoder().encode('{"name":"'));
        else if (pulled < 1000) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await createHouseholdRoute(
      new Request("http://localhost:3000/api/households", {
        method: "POST",
        headers: { authorization: owner.authorization, "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it("still accepts a body under the limit", async () => {
    const owner = await createHouseholdOwner();
    expect(
      (await callRoute(createHouseholdRoute, { method: "POST", authorization: owner.authorization, body: { name: "Cabin" } })).status,
    ).toBe(201);
  });
});

describe("the same-origin check on cookie writes", () => {
  it("answers 403 (not 500) to Origin: null and ignores X-Forwarded-Host without TRUST_PROXY", async () => {
    const owner = await createHouseholdOwner();
    const cookie = await sessionCookie(await createSession(owner.auth.userId));
    const opaque = await callRoute(createHouseholdRoute, {
      method: "POST",
      headers: { cookie, origin: "null", host: "localhost:3000" },
      body: { name: "A" },
    });
    expect(opaque.status).toBe(403);
    expect(opaque.body).toMatchObject({ code: "CROSS_SITE_REQUEST" });

    const forged = await callRoute(createHouseholdRoute, {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", host: "localhost:3000", "x-forwarded-host": "evil.example" },
      body: { name: "B" },
    });
    expect(forged.status).toBe(403);

    const appOrigin = await callRoute(createHouseholdRoute, {
      method: "POST",
      headers: { cookie, origin: new URL(serverEnv().APP_URL).origin, host: "10.0.0.5:3000" },
      body: { name: "C" },
    });
    expect(appOrigin.status).toBe(201);
  });
});
