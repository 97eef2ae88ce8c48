import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/admin/jobs/route";
import { POST as replayRoute } from "@/app/api/admin/jobs/[id]/replay/route";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { insertJob } from "./enqueue-job";
import type { TJobPage } from "./schemas";

/** A job that ran out of attempts at `finishedAt` (as the worker leaves it). */
async function deadJob(householdId: string | undefined, finishedAt: Date, kind = "send-email"): Promise<string> {
  const { id } = await insertJob(db(), { kind, householdId, maxAttempts: 2 });
  await db().job.update({ where: { id }, data: { status: "DEAD", attempts: 2, lastError: "SMTP said no", finishedAt } });
  return id;
}

describe("GET /api/admin/jobs", () => {
  it("lists the household's dead jobs, newest failure first, page by page, and no one else's", async () => {
    const owner = await createHouseholdOwner();
    const stranger = await createHouseholdOwner("stranger");
    const base = Date.parse("2026-11-20T00:00:00Z");
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await deadJob(owner.auth.householdId, new Date(base + (i % 3) * 60_000)));
    await deadJob(stranger.auth.householdId, new Date(base));
    await deadJob(undefined, new Date(base), "warranty-scan");
    await insertJob(db(), { kind: "send-email", householdId: owner.auth.householdId });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const { status, body } = await callRoute(listRoute, { path: `/api/admin/jobs${query}`, authorization: owner.authorization });
      expect(status).toBe(200);
      const page = body as TJobPage;
      seen.push(...page.items.map((j) => j.id));
      expect(page.items.every((j) => j.status === "DEAD" && j.lastError === "SMTP said no" && !("payload" in j))).toBe(true);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    const expected = await db().job.findMany({
      where: { householdId: owner.auth.householdId, status: "DEAD" },
      orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    });
    expect(seen).toEqual(expected.map((j) => j.id));
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it("is for owners and admins only, and refuses a damaged cursor", async () => {
    const owner = await createHouseholdOwner();
    const admin = await addHouseholdMember(owner.auth.householdId, "ADMIN");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    expect((await callRoute(listRoute, { path: "/api/admin/jobs", authorization: admin.authorization })).status).toBe(200);
    expect((await callRoute(listRoute, { path: "/api/admin/jobs", authorization: member.authorization })).status).toBe(403);
    expect((await callRoute(listRoute, { path: "/api/admin/jobs" })).status).toBe(401);
    const damaged = await callRoute(listRoute, { path: "/api/admin/jobs?cursor=bm9wZQ", authorization: owner.authorization });
    expect(damaged.status).toBe(422);
  });
});

describe("POST /api/admin/jobs/{id}/replay", () => {
  it("puts a dead job back in the queue with its attempts reset; 404 for another household's, 409 for a live one", async () => {
    const owner = await createHouseholdOwner();
    const stranger = await createHouseholdOwner("stranger");
    const dead = await deadJob(owner.auth.householdId, new Date());
    const theirs = await deadJob(stranger.auth.householdId, new Date());
    const live = await insertJob(db(), { kind: "send-email", householdId: owner.auth.householdId });
    const replay = (id: string, authorization = owner.authorization) =>
      callRoute(replayRoute, { method: "POST", path: `/api/admin/jobs/${id}/replay`, params: { id }, authorization });

    const ok = await replay(dead);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: dead, status: "PENDING", attempts: 0, finishedAt: null, lastError: "SMTP said no" });
    expect(await db().job.findUniqueOrThrow({ where: { id: dead } })).toMatchObject({ status: "PENDING", attempts: 0 });

    expect((await replay(theirs)).status).toBe(404);
    expect(await db().job.findUniqueOrThrow({ where: { id: theirs } })).toMatchObject({ status: "DEAD" });
    expect((await replay(live.id)).status).toBe(409);
    expect((await replay(dead)).status).toBe(409);
    expect((await replay("not-a-uuid")).status).toBe(404);
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    expect((await replay(dead, member.authorization)).status).toBe(403);
  });
});
