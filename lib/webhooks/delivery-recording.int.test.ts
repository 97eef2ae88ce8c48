/**
 * The cheap paths of webhook delivery keep their guarantees: a delivered attempt is
 * recorded once however often (or however concurrently) its job runs, a failed one
 * schedules its retry once, and emitting reads the household's endpoints once per
 * transaction without sending any event to an endpoint that does not take its type.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { db } from "@/lib/server/db/client";
import { createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { WEBHOOK_DELIVERY_JOB, ZWebhookDeliveryJob } from "./delivery-job";
import { deliverWebhook } from "./deliver-webhook";
import { emitWebhookEvent } from "./emit-event";
import type { WebhookEventType } from "./event-types";
import { setEnv } from "@/tests/support/env";

let server: http.Server;
let base = "";
let received = 0;
let replyStatus = 204;

beforeAll(async () => {
  setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1" });
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received++;
      res.writeHead(replyStatus).end();
    });
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
  received = 0;
  replyStatus = 204;
});

const endpointFor = (owner: TestMember, eventTypes: WebhookEventType[] = []) =>
  createWebhook(owner.auth, { url: `${base}/hook`, eventTypes });

async function queuedJob(owner: TestMember, endpointId: string) {
  const { jobIds } = await emitWebhookEvent(
    db(),
    owner.auth.householdId,
    { type: "asset.updated", data: {} },
    { onlyEndpointId: endpointId },
  );
  const job = await db().job.findUniqueOrThrow({ where: { id: jobIds[0] } });
  return { jobId: job.id, payload: ZWebhookDeliveryJob.parse(job.payload) };
}

const endpointTargets = async (jobIds: string[]) =>
  (await db().job.findMany({ where: { id: { in: jobIds } } })).map((j) => ZWebhookDeliveryJob.parse(j.payload).endpointId).sort();

describe("recording a delivery attempt", () => {
  it("a delivered attempt is logged once; running its job again sends and logs nothing", async () => {
    const owner = await createHouseholdOwner();
    const endpoint = await endpointFor(owner);
    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 3 } });
    const { jobId, payload } = await queuedJob(owner, endpoint.id);

    expect(await deliverWebhook(payload, { jobId })).toBe("delivered");
    expect(await deliverWebhook(payload, { jobId })).toBe("skipped");
    expect(received).toBe(1);
    expect(await db().webhookDelivery.findMany({ where: { endpointId: endpoint.id } })).toEqual([
      expect.objectContaining({
        eventId: payload.eventId,
        attempt: 1,
        status: "SUCCEEDED",
        responseCode: 204,
        error: null,
        payload: payload.body,
      }),
    ]);
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).consecutiveFailures).toBe(0);
  });

  it("two runs of one job at once record one attempt between them", async () => {
    const owner = await createHouseholdOwner();
    const endpoint = await endpointFor(owner);
    const { jobId, payload } = await queuedJob(owner, endpoint.id);

    const outcomes = await Promise.all([deliverWebhook(payload, { jobId }), deliverWebhook(payload, { jobId })]);
    expect(outcomes.sort()).toEqual(["delivered", "skipped"]);
    expect(await db().webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(1);
    expect(await db().jobDelivery.count({ where: { jobId } })).toBe(1);
  });

  it("a failed attempt counts once and schedules its retry once, however often its job runs", async () => {
    const owner = await createHouseholdOwner();
    const endpoint = await endpointFor(owner);
    replyStatus = 503;
    const { jobId, payload } = await queuedJob(owner, endpoint.id);

    expect(await deliverWebhook(payload, { jobId })).toBe("failed");
    expect(await deliverWebhook(payload, { jobId })).toBe("skipped");
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).consecutiveFailures).toBe(1);
    const retries = await db().job.findMany({
      where: { kind: WEBHOOK_DELIVERY_JOB, status: "PENDING", id: { not: jobId }, payload: { path: ["endpointId"], equals: endpoint.id } },
    });
    expect(retries.map((j) => ZWebhookDeliveryJob.parse(j.payload).attempt)).toEqual([2]);
    expect(await db().webhookDelivery.findMany({ where: { endpointId: endpoint.id } })).toEqual([
      expect.objectContaining({ status: "FAILED", responseCode: 503 }),
    ]);
  });
});

describe("emitting events", () => {
  it("in one transaction, each event goes to the enabled endpoints that take its type", async () => {
    const owner = await createHouseholdOwner();
    const all = await endpointFor(owner);
    const assets = await endpointFor(owner, ["asset.created"]);
    const tasks = await endpointFor(owner, ["task.completed"]);
    const off = await endpointFor(owner);
    await db().webhookEndpoint.update({ where: { id: off.id }, data: { enabled: false } });

    const [created, completed, test, testOff] = await db().$transaction(async (tx) => [
      await emitWebhookEvent(tx, owner.auth.householdId, { type: "asset.created", data: {} }),
      await emitWebhookEvent(tx, owner.auth.householdId, { type: "task.completed", data: {} }),
      await emitWebhookEvent(tx, owner.auth.householdId, { type: "webhook.test", data: {} }, { onlyEndpointId: tasks.id }),
      await emitWebhookEvent(tx, owner.auth.householdId, { type: "webhook.test", data: {} }, { onlyEndpointId: off.id }),
    ]);
    expect(await endpointTargets(created.jobIds)).toEqual([all.id, assets.id].sort());
    expect(await endpointTargets(completed.jobIds)).toEqual([all.id, tasks.id].sort());
    expect(await endpointTargets(test.jobIds)).toEqual([tasks.id]);
    expect(testOff.jobIds).toEqual([]);
  });

  it("reads the endpoints once per transaction: one created later in it misses that transaction's later events", async () => {
    const owner = await createHouseholdOwner();
    const first = await endpointFor(owner);
    const [before, after] = await db().$transaction(async (tx) => {
      const emitted = await emitWebhookEvent(tx, owner.auth.householdId, { type: "asset.created", data: {} });
      await tx.webhookEndpoint.create({ data: { householdId: owner.auth.householdId, url: `${base}/late`, secretSealed: "sb1.unused" } });
      return [emitted, await emitWebhookEvent(tx, owner.auth.householdId, { type: "asset.created", data: {} })];
    });
    expect(await endpointTargets(before.jobIds)).toEqual([first.id]);
    expect(await endpointTargets(after.jobIds)).toEqual([first.id]);
  });

  it("each transaction, and each emit outside one, reads the endpoints afresh: one added in between gets the later events", async () => {
    const owner = await createHouseholdOwner();
    const emitInTransaction = () =>
      db().$transaction((tx) => emitWebhookEvent(tx, owner.auth.householdId, { type: "asset.created", data: {} }));
    const emitOutside = () => emitWebhookEvent(db(), owner.auth.householdId, { type: "asset.created", data: {} });
    const first = await endpointFor(owner);
    const before = [await emitInTransaction(), await emitOutside()];
    const second = await endpointFor(owner);
    const after = [await emitInTransaction(), await emitOutside()];

    for (const emitted of before) expect(await endpointTargets(emitted.jobIds)).toEqual([first.id]);
    for (const emitted of after) expect(await endpointTargets(emitted.jobIds)).toEqual([first.id, second.id].sort());
  });
});
