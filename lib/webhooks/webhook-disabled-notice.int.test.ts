/**
 * An endpoint that the delivery job switches off (410 Gone, or too many failures in a
 * row) tells the household's owners and admins, once, in the transaction that disables
 * it; members and viewers are not told, and running the job again tells no one again.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as preferencesRoute } from "@/app/api/notifications/preferences/route";
import { POST as createRoute } from "@/app/api/webhooks/route";
import { SEND_EMAIL_JOB } from "@/lib/email/enqueue-email";
import type { TNotificationPreferences } from "@/lib/notifications/schemas";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { enqueueWebhookAttempts, WEBHOOK_DELIVERY_JOB, ZWebhookDeliveryJob } from "./delivery-job";
import { deliverWebhook, WEBHOOK_MAX_CONSECUTIVE_FAILURES } from "./deliver-webhook";
import { disableWebhookEndpoint, WEBHOOK_SETTINGS_PATH } from "./disable-webhook-endpoint";
import type { TWebhookWithSecretOut } from "./schemas";
import { setEnv } from "@/tests/support/env";

let server: http.Server;
let base = "";
let replyStatus = 500;

beforeAll(async () => {
  setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1" });
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(replyStatus).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  setEnv({ OUTBOUND_ALLOW_HOSTS: undefined });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  replyStatus = 500;
});

interface Household {
  owner: TestMember;
  admin: TestMember;
  member: TestMember;
  viewer: TestMember;
  endpoint: TWebhookWithSecretOut;
}

async function householdWithEndpoint(description = "Home Assistant"): Promise<Household> {
  const owner = await createHouseholdOwner();
  const householdId = owner.auth.householdId;
  const [admin, member, viewer] = await Promise.all([
    addHouseholdMember(householdId, "ADMIN"),
    addHouseholdMember(householdId, "MEMBER"),
    addHouseholdMember(householdId, "VIEWER"),
  ]);
  const res = await callRoute(createRoute, {
    method: "POST",
    path: "/api/webhooks",
    authorization: owner.authorization,
    body: { url: `${base}/hook?token=s3cret`, description },
  });
  expect(res.status).toBe(201);
  return { owner, admin, member, viewer, endpoint: res.body as TWebhookWithSecretOut };
}

/** Queues first attempts of `count` new messages to the endpoint; returns their jobs in order. */
async function queueMessages(household: Household, count: number) {
  const { endpoint, owner } = household;
  return db().$transaction((tx) =>
    enqueueWebhookAttempts(
      tx,
      owner.auth.householdId,
      Array.from({ length: count }, (_, i) => ({
        endpointId: endpoint.id,
        eventId: `msg_${endpoint.id}_${i}`,
        eventType: "asset.created",
        body: JSON.stringify({ type: "asset.created", n: i }),
        attempt: 1,
      })),
    ),
  );
}

async function runJob(jobId: string) {
  const job = await db().job.findUniqueOrThrow({ where: { id: jobId } });
  return deliverWebhook(ZWebhookDeliveryJob.parse(job.payload), { jobId: job.id });
}

const notices = (endpointId: string) =>
  db().notification.findMany({
    where: { type: "WEBHOOK_DISABLED", dedupeKey: { startsWith: `webhook-disabled:${endpointId}:` } },
    orderBy: { userId: "asc" },
  });

function expectOneNoticeEachForManagers(household: Household, rows: Awaited<ReturnType<typeof notices>>) {
  const { owner, admin, member, viewer } = household;
  expect(rows.map((n) => n.userId).sort()).toEqual([owner.auth.userId, admin.auth.userId].sort());
  expect(rows.map((n) => n.userId)).not.toContain(member.auth.userId);
  expect(rows.map((n) => n.userId)).not.toContain(viewer.auth.userId);
  for (const row of rows) {
    expect(row).toMatchObject({
      householdId: owner.auth.householdId,
      url: WEBHOOK_SETTINGS_PATH,
      title: "Webhook switched off: Home Assistant",
    });
    expect(row.channels).toEqual(expect.arrayContaining(["IN_APP", "EMAIL"]));
    expect(`${row.title} ${row.body}`).not.toContain("s3cret");
  }
}

describe("a webhook endpoint switched off by the delivery job", () => {
  it("on 410 Gone: disabled, and each owner and admin is told once; members and viewers are not", async () => {
    const household = await householdWithEndpoint();
    replyStatus = 410;
    const [job] = await queueMessages(household, 1);
    if (!job) throw new Error("no job queued");

    expect(await runJob(job.id)).toBe("disabled-now");
    const endpoint = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: household.endpoint.id } });
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: "The receiver answered 410 Gone" });
    const rows = await notices(household.endpoint.id);
    expectOneNoticeEachForManagers(household, rows);
    expect(rows[0]?.body).toContain("The receiver answered 410 Gone");
    expect(rows[0]?.createdAt).toEqual(endpoint.disabledAt);

    // The same job again (a reclaimed lease) changes nothing and tells no one again.
    expect(await runJob(job.id)).toBe("skipped");
    expect(await notices(household.endpoint.id)).toHaveLength(2);
    // The notice went out through the managers' channels: one e-mail each, none for others.
    expect(await db().job.count({ where: { kind: SEND_EMAIL_JOB, householdId: household.owner.auth.householdId } })).toBe(2);
  });

  it(`after ${WEBHOOK_MAX_CONSECUTIVE_FAILURES} failures in a row: disabled on the last one, told once`, async () => {
    const household = await householdWithEndpoint();
    const jobs = await queueMessages(household, WEBHOOK_MAX_CONSECUTIVE_FAILURES);
    const outcomes = [];
    for (const job of jobs) outcomes.push(await runJob(job.id));

    expect(outcomes.slice(0, -1).every((o) => o === "failed")).toBe(true);
    expect(outcomes.at(-1)).toBe("disabled-now");
    const endpoint = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: household.endpoint.id } });
    expect(endpoint.enabled).toBe(false);
    expect(endpoint.disabledReason).toContain(`${WEBHOOK_MAX_CONSECUTIVE_FAILURES} delivery attempts failed in a row`);
    expectOneNoticeEachForManagers(household, await notices(household.endpoint.id));

    // Re-running the last job, and the retries the earlier failures queued, tells no one again.
    const last = jobs.at(-1);
    if (!last) throw new Error("no job queued");
    expect(await runJob(last.id)).toBe("skipped");
    const retries = await db().job.findMany({
      where: { kind: WEBHOOK_DELIVERY_JOB, status: "PENDING", payload: { path: ["endpointId"], equals: household.endpoint.id } },
    });
    expect(retries.length).toBeGreaterThan(0);
    for (const retry of retries) expect(await runJob(retry.id)).toBe("skipped");
    expect(await notices(household.endpoint.id)).toHaveLength(2);
  });

  it("disabling an endpoint that is already off tells no one; a later disabling after a re-enable is new news", async () => {
    const household = await householdWithEndpoint();
    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: household.endpoint.id } });
    const first = new Date("2026-03-01T10:00:00Z");
    expect(await db().$transaction((tx) => disableWebhookEndpoint(tx, { endpoint: row, reason: "Gone", now: first }))).toBe(true);
    expect(
      await db().$transaction((tx) => disableWebhookEndpoint(tx, { endpoint: row, reason: "Gone", now: new Date(first.getTime() + 1) })),
    ).toBe(false);
    expect(await notices(row.id)).toHaveLength(2);

    await db().webhookEndpoint.update({ where: { id: row.id }, data: { enabled: true, disabledReason: null, disabledAt: null } });
    expect(
      await db().$transaction((tx) => disableWebhookEndpoint(tx, { endpoint: row, reason: "Gone", now: new Date("2026-03-02T10:00:00Z") })),
    ).toBe(true);
    expect(await notices(row.id)).toHaveLength(4);
  });

  it("a rolled-back disabling leaves the endpoint on and tells no one", async () => {
    const household = await householdWithEndpoint();
    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: household.endpoint.id } });
    await expect(
      db().$transaction(async (tx) => {
        await disableWebhookEndpoint(tx, { endpoint: row, reason: "Gone" });
        throw new Error("the caller failed afterwards");
      }),
    ).rejects.toThrow("the caller failed afterwards");
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ enabled: true });
    expect(await notices(row.id)).toHaveLength(0);
  });

  it("is a choice in the preference matrix of owners and admins only", async () => {
    const household = await householdWithEndpoint();
    const offered = async (who: TestMember) => {
      const res = await callRoute(preferencesRoute, { path: "/api/notifications/preferences", authorization: who.authorization });
      return (res.body as TNotificationPreferences).preferences
        .filter((p) => p.type === "WEBHOOK_DISABLED")
        .map((p) => [p.channel, p.enabled]);
    };
    const managerChoices = [
      ["IN_APP", true],
      ["EMAIL", true],
      ["PUSH", false],
      ["APPRISE", false],
    ];
    expect(await offered(household.owner)).toEqual(managerChoices);
    expect(await offered(household.admin)).toEqual(managerChoices);
    expect(await offered(household.member)).toEqual([]);
    expect(await offered(household.viewer)).toEqual([]);
  });
});
