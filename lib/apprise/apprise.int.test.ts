/**
 * Apprise end to end: the API (masking, sealing, scopes and permissions, 404 across
 * households), the synchronous test action against a local stand-in Apprise API server,
 * notify -> send-apprise job -> delivery, sent once per target however often it runs,
 * the scheme policy (creation refused with a 422 naming the problem, checked again at
 * send time), and quiet hours delaying Apprise like push.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteRoute } from "@/app/api/apprise/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/apprise/route";
import { GET as statusRoute } from "@/app/api/apprise/status/route";
import { POST as testRoute } from "@/app/api/apprise/test/route";
import { notify, SEND_PUSH_JOB } from "@/lib/notifications/notify";
import { db } from "@/lib/server/db/client";
import { quietLogger } from "@/lib/server/jobs/test-support";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { SEND_APPRISE_JOB, ZSendAppriseJob } from "./apprise-job";
import { notifyBody, startFakeAppriseApi, type FakeAppriseApi } from "./apprise-test-support";
import { deliverApprise } from "./deliver-apprise";
import type { TAppriseTargetOut } from "./schemas";
import { APPRISE_NOT_CONFIGURED } from "./send-apprise";
import { setEnv } from "@/tests/support/env";

const OWNER_URL = "tgram://123456:owner-secret/42";
const HOUSE_URL = "discord://webhook-id/house-secret";
const VIEWER_URL = "ntfy://viewer-secret-topic";

let fake: FakeAppriseApi;
/** What the stand-in Apprise API server was asked to send, in order. */
const received = () => fake.received.map((r) => ({ path: r.path, body: notifyBody(r) }));

beforeAll(async () => {
  fake = await startFakeAppriseApi();
  setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1" });
});

afterAll(async () => {
  setEnv({ OUTBOUND_ALLOW_HOSTS: undefined, APPRISE_API_URL: undefined });
  await fake.close();
});

beforeEach(() => {
  fake.received.length = 0;
  setEnv({ APPRISE_API_URL: fake.url });
});

async function addTarget(member: TestMember, body: unknown) {
  return callRoute(createRoute, { method: "POST", path: "/api/apprise", authorization: member.authorization, body });
}

describe("/api/apprise", () => {
  it("stores URLs sealed, lists them masked, and enforces scopes and households", async () => {
    const owner = await createHouseholdOwner("owner");
    const viewer = await addHouseholdMember(owner.auth.householdId, "VIEWER");
    const outsider = await createHouseholdOwner("outsider");

    const mine = await addTarget(owner, { url: OWNER_URL, label: "My Telegram", scope: "me" });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ label: "My Telegram", scope: "me", maskedUrl: "tgram://…" });
    const house = await addTarget(owner, { url: HOUSE_URL, label: "Family Discord", scope: "household" });
    expect(house.status).toBe(201);
    const mineId = (mine.body as TAppriseTargetOut).id;
    const houseId = (house.body as TAppriseTargetOut).id;

    const stored = await db().appriseTarget.findUniqueOrThrow({ where: { id: mineId } });
    expect(stored.urlSealed).not.toContain("owner-secret");
    expect(JSON.stringify(mine.body)).not.toContain("owner-secret");

    // A VIEWER manages their own targets, not the household's.
    expect((await addTarget(viewer, { url: VIEWER_URL, label: "Phone" })).status).toBe(201);
    expect((await addTarget(viewer, { url: VIEWER_URL, label: "Phone", scope: "household" })).status).toBe(403);
    for (const url of ["no scheme here", "tgram://has space", `tgram://${"x".repeat(2048)}`, "-c://x"]) {
      expect((await addTarget(owner, { url, label: "bad" })).status, url).toBe(422);
    }

    const viewerList = await callRoute(listRoute, { path: "/api/apprise", authorization: viewer.authorization });
    expect((viewerList.body as TAppriseTargetOut[]).map((t) => [t.label, t.scope, t.maskedUrl])).toEqual([
      ["Family Discord", "household", "discord://…"],
      ["Phone", "me", "ntfy://…"],
    ]);
    expect(await callRoute(listRoute, { path: "/api/apprise", authorization: outsider.authorization })).toMatchObject({ body: [] });

    const del = (member: TestMember, id: string) =>
      callRoute(deleteRoute, { method: "DELETE", authorization: member.authorization, params: { id } });
    expect((await del(viewer, houseId)).status).toBe(403);
    expect((await del(viewer, mineId)).status).toBe(404);
    expect((await del(outsider, houseId)).status).toBe(404);
    expect((await callRoute(testRoute, { method: "POST", authorization: outsider.authorization, body: { targetId: mineId } })).status).toBe(
      404,
    );
    expect((await del(owner, houseId)).status).toBe(204);
    expect(await db().appriseTarget.count({ where: { householdId: owner.auth.householdId } })).toBe(2);
  });

  it("sends a test notification now and says whether Apprise took it", async () => {
    const owner = await createHouseholdOwner("tester");
    const mine = await addTarget(owner, { url: OWNER_URL, label: "Telegram" });
    await addTarget(owner, { url: HOUSE_URL, label: "Discord", scope: "household" });
    const test = (body: unknown) => callRoute(testRoute, { method: "POST", authorization: owner.authorization, body });

    expect(await test({ targetId: (mine.body as TAppriseTargetOut).id })).toMatchObject({
      status: 200,
      body: { ok: true, detail: "Apprise API answered 200" },
    });
    expect(received()).toHaveLength(1);
    expect(received()[0]).toMatchObject({
      path: "/notify",
      body: { urls: [OWNER_URL], title: "DumbAssets test notification", type: "info" },
    });

    expect((await test({})).body).toEqual({ ok: true, detail: "Apprise API answered 200" });
    expect(received()[1]?.body.urls).toEqual([OWNER_URL, HOUSE_URL]);

    const status = () => callRoute(statusRoute, { path: "/api/apprise/status", authorization: owner.authorization });
    expect(await status()).toMatchObject({ status: 200, body: { transport: "api" } });
    setEnv({ APPRISE_API_URL: undefined });
    const savedPath = process.env.PATH;
    setEnv({ PATH: "" });
    try {
      // The settings page can say so before anyone presses "Send test notification".
      expect((await status()).body).toEqual({ transport: null });
      expect((await test({})).body).toEqual({ ok: false, detail: APPRISE_NOT_CONFIGURED });
    } finally {
      setEnv({ PATH: savedPath });
    }
  });
});

describe("notify -> send-apprise", () => {
  it("queues one job per recipient with targets, tells household targets once, and sends each target once", async () => {
    const owner = await createHouseholdOwner("notified");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    const bystander = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    const householdId = owner.auth.householdId;
    await addTarget(owner, { url: OWNER_URL, label: "Telegram" });
    await addTarget(owner, { url: HOUSE_URL, label: "Discord", scope: "household" });
    await addTarget(bystander, { url: VIEWER_URL, label: "ntfy" });
    // Owner and member want Apprise for assignments; the bystander has a target but not the preference.
    await db().notificationPreference.createMany({
      data: [owner, member].map((m) => ({
        userId: m.auth.userId,
        householdId,
        type: "TASK_ASSIGNED" as const,
        channel: "APPRISE" as const,
        enabled: true,
      })),
    });

    const sent = await db().$transaction((tx) =>
      notify(tx, {
        householdId,
        userIds: "all-members",
        type: "TASK_ASSIGNED",
        title: "Clean the gutters",
        body: "Assigned to you",
        url: "/tasks/42",
        dedupeKey: "task-assigned:42",
      }),
    );
    const jobs = await db().job.findMany({ where: { kind: SEND_APPRISE_JOB } });
    const payloads = jobs.map((j) => ZSendAppriseJob.parse(j.payload));
    const notificationOf = (userId: string) => sent.find((s) => s.userId === userId)?.notificationId;
    // Exactly one job carries the household targets; the member has no own target, so only
    // gets a job when it is the one carrying them.
    expect(payloads.filter((p) => p.includeHousehold)).toHaveLength(1);
    expect(payloads.map((p) => p.notificationId)).not.toContain(notificationOf(bystander.auth.userId));
    expect(payloads.map((p) => p.notificationId)).toContain(notificationOf(owner.auth.userId));
    const carrier = payloads.find((p) => p.includeHousehold)?.notificationId;
    expect(jobs).toHaveLength(carrier === notificationOf(owner.auth.userId) ? 1 : 2);

    for (const job of jobs) {
      const payload = ZSendAppriseJob.parse(job.payload);
      const context = { jobId: job.id, logger: quietLogger, appUrl: "https://assets.example" };
      await deliverApprise(payload, context);
      // A second run of the same job (a reclaimed lease) sends nothing again.
      expect(await deliverApprise(payload, context)).toMatchObject({ sent: 0 });
    }
    expect(
      received()
        .map((r) => r.body.urls)
        .sort(),
    ).toEqual([[HOUSE_URL], [OWNER_URL]].sort());
    expect(received()[0]?.body).toMatchObject({ title: "Clean the gutters", body: "Assigned to you\n\nhttps://assets.example/tasks/42" });

    // Notifying about the same event again queues nothing.
    await db().$transaction((tx) =>
      notify(tx, { householdId, userIds: "all-members", type: "TASK_ASSIGNED", title: "Clean the gutters", dedupeKey: "task-assigned:42" }),
    );
    expect(await db().job.count({ where: { kind: SEND_APPRISE_JOB } })).toBe(jobs.length);
  });
});

describe("the Apprise scheme policy", () => {
  afterEach(() => {
    setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1", APPRISE_ALLOWED_SCHEMES: undefined, APPRISE_DENIED_SCHEMES: undefined });
  });

  it("refuses, with a 422 naming the problem, URLs that would make Apprise call internal hosts or that the configuration excludes", async () => {
    const owner = await createHouseholdOwner("policy");
    const refused = async (url: string, detail: RegExp) => {
      const res = await addTarget(owner, { url, label: "x" });
      expect(res.status, url).toBe(422);
      expect(res.body, url).toMatchObject({
        code: "VALIDATION",
        detail: expect.stringMatching(detail),
        errors: [{ path: "url", message: expect.stringMatching(detail) }],
      });
    };
    await refused("json://10.0.0.5/", /Apprise would connect to 10\.0\.0\.5 for this json:\/\/ URL: .*private address/);
    await refused("form://169.254.169.254", /Apprise would connect to 169\.254\.169\.254 for this form:\/\/ URL: .*link-local/);
    await refused("xmls://localhost:8080/", /localhost .*loopback/);
    await refused("gotifys://no-such-host.invalid/token", /could not be resolved/);
    await refused(`${OWNER_URL},json://10.0.0.5/`, /One Apprise URL per target/);
    setEnv({ APPRISE_DENIED_SCHEMES: "discord" });
    await refused(HOUSE_URL, /discord:\/\/ URLs are refused on this server \(APPRISE_DENIED_SCHEMES\)/);
    setEnv({ APPRISE_ALLOWED_SCHEMES: "tgram" });
    await refused(VIEWER_URL, /ntfy:\/\/ URLs are not allowed on this server; it accepts tgram:\/\//);
    expect((await addTarget(owner, { url: OWNER_URL, label: "Telegram" })).status).toBe(201);
    expect(await db().appriseTarget.count({ where: { householdId: owner.auth.householdId } })).toBe(1);
  });

  it("accepts an internal host the allow-list names, and checks it again when sending", async () => {
    const owner = await createHouseholdOwner("allow-listed");
    setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1,10.0.0.5" });
    const created = await addTarget(owner, { url: "json://10.0.0.5/notify", label: "Home server" });
    expect(created.status).toBe(201);

    // The allow-list no longer names it: the send is refused before Apprise is asked.
    setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1" });
    const test = await callRoute(testRoute, {
      method: "POST",
      authorization: owner.authorization,
      body: { targetId: (created.body as TAppriseTargetOut).id },
    });
    expect(test.body).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^Apprise would connect to 10\.0\.0\.5 for this json:\/\/ URL/),
    });
    expect(received()).toHaveLength(0);
  });
});

describe("quiet hours", () => {
  it("delay a recipient's Apprise message to the end of their quiet hours, as they delay push; others go now", async () => {
    const owner = await createHouseholdOwner("sleeper");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    const householdId = owner.auth.householdId;
    await addTarget(owner, { url: OWNER_URL, label: "Telegram" });
    await addTarget(member, { url: VIEWER_URL, label: "ntfy" });
    await db().notificationPreference.createMany({
      data: [owner, member].map((m) => ({
        userId: m.auth.userId,
        householdId,
        type: "TASK_OVERDUE" as const,
        channel: "APPRISE" as const,
        enabled: true,
      })),
    });
    // 22:00-07:00 in Berlin (UTC+2 in June): 23:30 local is inside, and they end at 05:00 UTC.
    await db().userNotificationSettings.create({
      data: { userId: owner.auth.userId, quietHoursStart: 22 * 60, quietHoursEnd: 7 * 60, timeZone: "Europe/Berlin" },
    });
    const now = new Date("2026-06-10T21:30:00Z");

    const sent = await db().$transaction((tx) =>
      notify(tx, {
        householdId,
        userIds: "all-members",
        type: "TASK_OVERDUE",
        title: "Change the filter",
        url: "/tasks/7",
        dedupeKey: "task-overdue:7",
        now,
      }),
    );
    const notificationOf = (m: TestMember) => sent.find((s) => s.userId === m.auth.userId)?.notificationId;
    const runAtOf = async (kind: string, m: TestMember) =>
      (await db().job.findMany({ where: { kind, householdId } })).find(
        (j) => (j.payload as { notificationId: string }).notificationId === notificationOf(m),
      )?.runAt;

    const morning = new Date("2026-06-11T05:00:00Z");
    expect(await runAtOf(SEND_APPRISE_JOB, owner)).toEqual(morning);
    expect(await runAtOf(SEND_PUSH_JOB, owner)).toEqual(morning);
    expect(await runAtOf(SEND_APPRISE_JOB, member)).toEqual(now);
    expect(await runAtOf(SEND_PUSH_JOB, member)).toEqual(now);
  });
});
