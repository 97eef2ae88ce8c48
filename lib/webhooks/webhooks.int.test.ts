/**
 * Webhooks end to end: the API, signing checked by the reference `standardwebhooks`
 * library against a real receiver on 127.0.0.1 (reachable only because the allow-list
 * names it), the Standard Webhooks retry schedule, 410 and exhaustion disabling, and
 * redirects left unfollowed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PATCH as patchRoute, DELETE as deleteRoute } from "@/app/api/webhooks/[id]/route";
import { GET as deliveriesRoute } from "@/app/api/webhooks/[id]/deliveries/route";
import { POST as resendRoute } from "@/app/api/webhooks/[id]/deliveries/[deliveryId]/resend/route";
import { POST as rotateRoute } from "@/app/api/webhooks/[id]/rotate-secret/route";
import { POST as testRoute } from "@/app/api/webhooks/[id]/test/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/webhooks/route";
import { db } from "@/lib/server/db/client";
import { quietLogger, waitFor } from "@/lib/server/jobs/test-support";
import { Worker } from "@/lib/server/jobs/worker";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { webhookDeliveryHandler } from "@/workers/handlers/webhook-delivery";
import { WEBHOOK_ATTEMPT_DELAYS_MS, WEBHOOK_DELIVERY_JOB, ZWebhookDeliveryJob } from "./delivery-job";
import { deliverWebhook, WEBHOOK_MAX_CONSECUTIVE_FAILURES } from "./deliver-webhook";
import { emitWebhookEvent } from "./emit-event";
import type { TWebhookDeliveryPage, TWebhookOut, TWebhookQueuedOut, TWebhookWithSecretOut } from "./schemas";
import { setEnv } from "@/tests/support/env";

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let base = "";
const received: Received[] = [];
/** Status codes the receiver answers with, in order; 200 once they run out. */
let replies: number[] = [];

beforeAll(async () => {
  setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1" });
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body });
      const status = replies.shift() ?? 200;
      res.writeHead(status, status >= 300 && status < 400 ? { location: `${base}/elsewhere` } : {}).end();
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
  received.length = 0;
  replies = [];
});

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ deadlineMs: 1_000 })));
});

async function createEndpoint(owner: TestMember, body: Record<string, unknown> = {}): Promise<TWebhookWithSecretOut> {
  const res = await callRoute(createRoute, {
    method: "POST",
    path: "/api/webhooks",
    authorization: owner.authorization,
    body: { url: `${base}/hook`, ...body },
  });
  expect(res.status).toBe(201);
  return res.body as TWebhookWithSecretOut;
}

const pendingAttempts = (endpointId: string) =>
  db().job.findMany({
    where: { kind: WEBHOOK_DELIVERY_JOB, status: "PENDING", payload: { path: ["endpointId"], equals: endpointId } },
    orderBy: { createdAt: "asc" },
  });

/** Runs the endpoint's one pending attempt as the worker would (without waiting for its runAt), and finishes the job. */
async function runPendingAttempt(endpointId: string) {
  const [job, ...more] = await pendingAttempts(endpointId);
  expect(more).toHaveLength(0);
  if (!job) throw new Error("no pending attempt");
  const outcome = await deliverWebhook(ZWebhookDeliveryJob.parse(job.payload), { jobId: job.id });
  await db().job.update({ where: { id: job.id }, data: { status: "SUCCEEDED", dedupeKey: null, finishedAt: new Date() } });
  return { job, outcome };
}

describe("webhook endpoints API", () => {
  it("creates with a once-shown, sealed secret; lists, updates and deletes; managers only, own household only", async () => {
    const owner = await createHouseholdOwner();
    const stranger = await createHouseholdOwner("stranger");
    const created = await createEndpoint(owner, { description: "Home Assistant", eventTypes: ["asset.created", "asset.created"] });
    expect(created).toMatchObject({ url: `${base}/hook`, description: "Home Assistant", eventTypes: ["asset.created"], enabled: true });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.householdId).toBe(owner.auth.householdId);
    expect(row.secretSealed).toMatch(/^sb1\./);
    expect(row.secretSealed).not.toContain(created.secret.slice(6));

    const list = await callRoute(listRoute, { path: "/api/webhooks", authorization: owner.authorization });
    expect(list.body).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
    expect((list.body as TWebhookOut[])[0]?.id).toBe(created.id);
    expect((await callRoute(listRoute, { path: "/api/webhooks", authorization: stranger.authorization })).body).toEqual([]);

    const patch = (id: string, body: unknown, who = owner) =>
      callRoute(patchRoute, { method: "PATCH", path: `/api/webhooks/${id}`, params: { id }, authorization: who.authorization, body });
    const updated = await patch(created.id, { eventTypes: [], enabled: false });
    expect(updated.body).toMatchObject({ eventTypes: [], enabled: false, disabledReason: "Disabled by a household admin" });
    expect((await patch(created.id, { enabled: true })).body).toMatchObject({
      enabled: true,
      disabledReason: null,
      consecutiveFailures: 0,
    });
    expect((await patch(created.id, { description: "x" }, stranger)).status).toBe(404);
    expect((await patch(created.id, { eventTypes: ["no.such"] })).status).toBe(422);

    for (const url of ["http://10.0.0.1/hook", "http://169.254.169.254/latest", "http://[::1]/", "ftp://example.com/"]) {
      const res = await callRoute(createRoute, {
        method: "POST",
        path: "/api/webhooks",
        authorization: owner.authorization,
        body: { url },
      });
      expect(res.status, url).toBe(422);
    }
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    expect((await callRoute(listRoute, { path: "/api/webhooks", authorization: member.authorization })).status).toBe(403);

    const remove = (id: string, who = owner) =>
      callRoute(deleteRoute, { method: "DELETE", path: `/api/webhooks/${id}`, params: { id }, authorization: who.authorization });
    expect((await remove(created.id, stranger)).status).toBe(404);
    expect((await remove(created.id)).status).toBe(204);
    expect((await remove(created.id)).status).toBe(404);
  });
});

describe("delivery", () => {
  it("sends a test message through the worker, signed so the reference library verifies it, and logs it", async () => {
    const owner = await createHouseholdOwner();
    const endpoint = await createEndpoint(owner, { eventTypes: ["asset.deleted"] });
    const worker = new Worker({
      connectionString: process.env.DATABASE_URL as string,
      handlers: { [WEBHOOK_DELIVERY_JOB]: webhookDeliveryHandler },
      pollIntervalMs: 50,
      logger: quietLogger,
    });
    workers.push(worker);
    await worker.start();

    const queued = await callRoute(testRoute, {
      method: "POST",
      path: `/api/webhooks/${endpoint.id}/test`,
      params: { id: endpoint.id },
      authorization: owner.authorization,
    });
    expect(queued.status).toBe(202);
    const { eventId } = queued.body as TWebhookQueuedOut;
    await waitFor("the delivery to be logged", () => db().webhookDelivery.findFirst({ where: { endpointId: endpoint.id } }));

    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message?.path).toBe("/hook");
    expect(message?.headers["webhook-id"]).toBe(eventId);
    expect(message?.headers["content-type"]).toBe("application/json");
    const verified = new Webhook(endpoint.secret).verify(message?.body ?? "", message?.headers as Record<string, string>);
    expect(verified).toMatchObject({ type: "webhook.test", data: { householdId: owner.auth.householdId } });
    expect(() =>
      new Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").verify(message?.body ?? "", message?.headers as Record<string, string>),
    ).toThrow();

    const log = await callRoute(deliveriesRoute, {
      path: `/api/webhooks/${endpoint.id}/deliveries`,
      params: { id: endpoint.id },
      authorization: owner.authorization,
    });
    expect((log.body as TWebhookDeliveryPage).items).toEqual([
      expect.objectContaining({
        eventId,
        eventType: "webhook.test",
        attempt: 1,
        status: "SUCCEEDED",
        responseCode: 200,
        error: null,
        payload: message?.body,
      }),
    ]);
  });

  it("retries on the Standard Webhooks schedule with the same id and body, then disables the endpoint after the last attempt", async () => {
    const owner = await createHouseholdOwner();
    const endpoint = await createEndpoint(owner);
    replies = new Array<number>(8).fill(500);
    const { eventId } = await emitWebhookEvent(db(), owner.auth.householdId, { type: "asset.created", data: { id: 1 } });

    for (let attempt = 1; attempt <= 8; attempt++) {
      const before = Date.now();
      const { job, outcome } = await runPendingAttempt(endpoint.id);
      expect(ZWebhookDeliveryJob.parse(job.payload).attempt).toBe(attempt);
      expect(outcome).toBe(attempt < 8 ? "failed" : "disabled-now");
      const next = await pendingAttempts(endpoint.id);
      if (attempt < 8) {
        const delay = WEBHOOK_ATTEMPT_DELAYS_MS[attempt] as number;
        expect(next).toHaveLength(1);
        expect(next[0]?.runAt.getTime()).toBeGreaterThanOrEqual(before + delay - 5);
        expect(next[0]?.runAt.getTime()).toBeLessThanOrEqual(Date.now() + delay + 5);
      } else {
        expect(next).toHaveLength(0);
      }
    }
    expect(WEBHOOK_ATTEMPT_DELAYS_MS).toEqual([0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(received.map((r) => r.headers["webhook-id"])).toEqual(new Array(8).fill(eventId));
    expect(new Set(received.map((r) => r.body)).size).toBe(1);
    const after = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(after).toMatchObject({ enabled: false, consecutiveFailures: 8 });
    expect(after.disabledReason).toContain("failed all 8 attempts");
    expect(after.disabledReason).toContain("500");

    // The log pages through all 8 attempts, newest first.
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : "?limit=3";
      const res = await callRoute(deliveriesRoute, {
        path: `/api/webhooks/${endpoint.id}/deliveries${query}`,
        params: { id: endpoint.id },
        authorization: owner.authorization,
      });
      const page = res.body as TWebhookDeliveryPage;
      seen.push(...page.items.map((d) => d.attempt));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);

    // Disabled: new events skip it, and test/resend refuse until it is enabled again.
    expect((await emitWebhookEvent(db(), owner.auth.householdId, { type: "asset.created", data: {} })).jobIds).toEqual([]);
    const test = await callRoute(testRoute, {
      method: "POST",
      path: `/api/webhooks/${endpoint.id}/test`,
      params: { id: endpoint.id },
      authorization: owner.authorization,
    });
    expect(test.status).toBe(409);
  });

  it("disables the endpoint at once on 410 Gone", async () => {
    const owner = await createHouseholdOwner();
    const endpoint = await createEndpoint(owner);
    replies = [410];
    await emitWebhookEvent(db(), owner.auth.householdId, { type: "asset.updated", data: {} });
    expect((await runPendingAttempt(endpoint.id)).outcome).toBe("disabled-now");
    expect(await pendingAttempts(endpoint.id)).toHaveLength(0);
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      enabled: false,
      disabledReason: "The receiver answered 410 Gone",
    });
    expect(await db().webhookDelivery.findMany({ where: { endpointId: endpoint.id } })).toEqual([
      expect.objectContaining({ status: "FAILED", responseCode: 410 }),
    ]);
  });

  it("does not follow a redirect: a 3xx is a failed attempt, retried later", async () => {
    const owner = await createHouseholdOwner();
    const endpoint = await createEndpoint(owner);
    replies = [307];
    await emitWebhookEvent(db(), owner.auth.householdId, { type: "asset.updated", data: {} });
    expect((await runPendingAttempt(endpoint.id)).outcome).toBe("failed");
    expect(received.map((r) => r.path)).toEqual(["/hook"]);
    expect(await db().webhookDelivery.findFirst({ where: { endpointId: endpoint.id } })).toMatchObject({
      status: "FAILED",
      responseCode: 307,
    });
    expect(await pendingAttempts(endpoint.id)).toHaveLength(1);
  });

  it("a success resets the failure count; too many failures in a row across messages disable the endpoint", async () => {
    const owner = await createHouseholdOwner();
    const endpoint = await createEndpoint(owner);
    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 5 } });
    await emitWebhookEvent(db(), owner.auth.householdId, { type: "asset.updated", data: {} });
    expect((await runPendingAttempt(endpoint.id)).outcome).toBe("delivered");
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).consecutiveFailures).toBe(0);

    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: WEBHOOK_MAX_CONSECUTIVE_FAILURES - 1 } });
    replies = [503];
    await emitWebhookEvent(db(), owner.auth.householdId, { type: "asset.updated", data: {} });
    expect((await runPendingAttempt(endpoint.id)).outcome).toBe("disabled-now");
    const after = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(after.enabled).toBe(false);
    expect(after.disabledReason).toContain(`${WEBHOOK_MAX_CONSECUTIVE_FAILURES} delivery attempts failed in a row`);
  });

  it("sends each event to the enabled endpoints that subscribe to its type", async () => {
    const owner = await createHouseholdOwner();
    const other = await createHouseholdOwner("other");
    const all = await createEndpoint(owner);
    const assets = await createEndpoint(owner, { eventTypes: ["asset.created", "asset.deleted"] });
    const tasks = await createEndpoint(owner, { eventTypes: ["task.due"] });
    const off = await createEndpoint(owner);
    await db().webhookEndpoint.update({ where: { id: off.id }, data: { enabled: false } });
    const theirs = await createEndpoint(other);

    const { jobIds } = await db().$transaction((tx) =>
      emitWebhookEvent(tx, owner.auth.householdId, { type: "asset.created", data: { id: "a" } }),
    );
    const jobs = await db().job.findMany({ where: { id: { in: jobIds } } });
    expect(new Set(jobs.map((j) => ZWebhookDeliveryJob.parse(j.payload).endpointId))).toEqual(new Set([all.id, assets.id]));
    expect(jobs.every((j) => j.householdId === owner.auth.householdId)).toBe(true);
    for (const id of [tasks.id, off.id, theirs.id]) expect(await pendingAttempts(id)).toHaveLength(0);

    // Rolled back with the caller's transaction: nothing is sent for a change that did not happen.
    await expect(
      db().$transaction(async (tx) => {
        await emitWebhookEvent(tx, owner.auth.householdId, { type: "task.due", data: {} });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await pendingAttempts(tasks.id)).toHaveLength(0);
  });

  it("signs with both secrets while a rotation overlaps, and resends a logged message with its id", async () => {
    const owner = await createHouseholdOwner();
    const stranger = await createHouseholdOwner("stranger");
    const endpoint = await createEndpoint(owner);
    const rotate = (who: TestMember) =>
      callRoute(rotateRoute, {
        method: "POST",
        path: `/api/webhooks/${endpoint.id}/rotate-secret`,
        params: { id: endpoint.id },
        authorization: who.authorization,
      });
    expect((await rotate(stranger)).status).toBe(404);
    const rotated = await rotate(owner);
    expect(rotated.status).toBe(200);
    const { secret: newSecret, previousSecretExpiresAt } = rotated.body as TWebhookWithSecretOut;
    expect(newSecret).not.toBe(endpoint.secret);
    expect(Date.parse(previousSecretExpiresAt ?? "") - Date.now()).toBeGreaterThan(23 * 3600_000);

    const { eventId } = await emitWebhookEvent(db(), owner.auth.householdId, { type: "asset.deleted", data: {} });
    await runPendingAttempt(endpoint.id);
    const message = received[0] as Received;
    expect(String(message.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const secret of [endpoint.secret, newSecret]) {
      expect(new Webhook(secret).verify(message.body, message.headers as Record<string, string>)).toMatchObject({ type: "asset.deleted" });
    }

    // Once the overlap has passed, only the new secret signs.
    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { previousSecretExpiresAt: new Date(Date.now() - 1) } });
    const delivery = await db().webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    const resend = (who: TestMember, deliveryId = delivery.id) =>
      callRoute(resendRoute, {
        method: "POST",
        path: `/api/webhooks/${endpoint.id}/deliveries/${deliveryId}/resend`,
        params: { id: endpoint.id, deliveryId },
        authorization: who.authorization,
      });
    expect((await resend(stranger)).status).toBe(404);
    const resent = await resend(owner);
    expect(resent.status).toBe(202);
    expect(resent.body).toMatchObject({ eventId });
    await runPendingAttempt(endpoint.id);
    const again = received[1] as Received;
    expect(again.headers["webhook-id"]).toBe(eventId);
    expect(again.body).toBe(message.body);
    expect(String(again.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(new Webhook(newSecret).verify(again.body, again.headers as Record<string, string>)).toBeTruthy();
    expect(() => new Webhook(endpoint.secret).verify(again.body, again.headers as Record<string, string>)).toThrow();
  });
});
