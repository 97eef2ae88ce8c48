import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteSubscription, POST as postSubscription } from "@/app/api/notifications/push/subscriptions/route";
import { GET as getVapidKey } from "@/app/api/notifications/push/vapid-public-key/route";
import { db } from "@/lib/server/db/client";
import { quietLogger } from "@/lib/server/jobs/test-support";
import { sendPushHandler } from "@/workers/handlers/send-push";
import { callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { notify } from "./notify";
import { createTestSubscriber, decryptPushMessage, verifyVapidAuthorization } from "./push-test-support";
import { setEnv } from "@/tests/support/env";

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let server: http.Server;
let base = "";
const received: Received[] = [];
/** Status per path, consumed in order; 201 once they run out. */
const replies = new Map<string, number[]>();

beforeAll(async () => {
  setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1" });
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(replies.get(path)?.shift() ?? 201).end();
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

async function runPushJobs() {
  const jobs = await db().job.findMany({ where: { kind: "send-push" }, orderBy: { createdAt: "asc" } });
  const errors: unknown[] = [];
  for (const job of jobs) {
    const claimed = { ...job, householdId: job.householdId, payload: job.payload as unknown };
    await sendPushHandler
      .run(sendPushHandler.payload.parse(job.payload), { job: claimed, signal: new AbortController().signal, logger: quietLogger })
      .catch((error: unknown) => errors.push(error));
  }
  return errors;
}

describe("web push", () => {
  it("keeps an endpoint with the account that registered it: another account gets 409, the owner may refresh its keys", async () => {
    const alice = await createHouseholdOwner("push-alice");
    const mallory = await createHouseholdOwner("push-mallory");
    const subscribe = (who: typeof alice, keys: { p256dh: string; auth: string }) =>
      callRoute(postSubscription, {
        method: "POST",
        path: "/api/notifications/push/subscriptions",
        authorization: who.authorization,
        body: { endpoint: `${base}/push/alice`, keys },
      });
    const aliceBrowser = createTestSubscriber();
    expect((await subscribe(alice, aliceBrowser.keys)).status).toBe(201);

    const takeover = await subscribe(mallory, createTestSubscriber().keys);
    expect(takeover.status).toBe(409);
    expect(takeover.body).toMatchObject({ code: "CONFLICT", errors: [{ path: "endpoint" }] });

    const refreshed = createTestSubscriber();
    expect((await subscribe(alice, refreshed.keys)).status).toBe(201);
    const row = await db().pushSubscription.findUniqueOrThrow({ where: { endpoint: `${base}/push/alice` } });
    expect(row).toMatchObject({ userId: alice.auth.userId, p256dh: refreshed.keys.p256dh, auth: refreshed.keys.auth });
    await db().pushSubscription.delete({ where: { id: row.id } });
  });

  it("keeps one VAPID key pair, refuses unsafe endpoints, sends encrypted signed messages, drops gone subscriptions, and never sends twice", async () => {
    const owner = await createHouseholdOwner("push");
    const key1 = (await callRoute(getVapidKey, { path: "/api/notifications/push/vapid-public-key", authorization: owner.authorization }))
      .body as { publicKey: string };
    const stored = await db().appSecret.findUniqueOrThrow({ where: { name: "vapid" } });
    expect(stored.value.startsWith("sb1.")).toBe(true);
    expect(stored.value).not.toContain(key1.publicKey);

    const subscribe = (endpoint: string, keys: { p256dh: string; auth: string }) =>
      callRoute(postSubscription, {
        method: "POST",
        path: "/api/notifications/push/subscriptions",
        authorization: owner.authorization,
        body: { endpoint, keys },
      });
    const phone = createTestSubscriber();
    const laptop = createTestSubscriber();
    expect((await subscribe(`${base}/push/phone`, phone.keys)).status).toBe(201);
    expect((await subscribe(`${base}/push/laptop`, laptop.keys)).status).toBe(201);
    expect(await subscribe("https://10.1.2.3/push/x", phone.keys)).toMatchObject({ status: 422, body: { errors: [{ path: "endpoint" }] } });
    expect(await subscribe("http://push.example.com/x", phone.keys)).toMatchObject({
      status: 422,
      body: { errors: [{ path: "endpoint", message: "must be an https URL" }] },
    });

    await db().$transaction((tx) =>
      notify(tx, {
        householdId: owner.auth.householdId,
        userIds: [owner.auth.userId],
        type: "TASK_OVERDUE",
        title: "Gutters overdue",
        body: "Due yesterday",
        url: "/tasks/7",
        dedupeKey: "overdue:7",
      }),
    );
    replies.set("/push/laptop", [410]);
    expect(await runPushJobs()).toEqual([]);

    expect(received.map((r) => r.path).sort()).toEqual(["/push/laptop", "/push/phone"]);
    const toPhone = received.find((r) => r.path === "/push/phone") as Received;
    expect(JSON.parse(decryptPushMessage(toPhone.body, phone).toString("utf8"))).toEqual({
      title: "Gutters overdue",
      body: "Due yesterday",
      url: "/tasks/7",
      tag: "overdue:7",
    });
    expect(toPhone.headers).toMatchObject({ "content-encoding": "aes128gcm", ttl: "86400", urgency: "high" });
    expect(toPhone.headers.topic).toMatch(/^[\w-]{32}$/);
    const vapid = verifyVapidAuthorization(toPhone.headers.authorization ?? "");
    expect(vapid.publicKey).toBe(key1.publicKey);
    expect(vapid.claims.aud).toBe(base);
    expect(vapid.claims.sub).toMatch(/^(mailto:|https:)/);

    const subscriptions = await db().pushSubscription.findMany();
    expect(subscriptions.map((s) => s.endpoint)).toEqual([`${base}/push/phone`]);
    expect(subscriptions[0]?.lastSuccessAt).toBeInstanceOf(Date);

    // The same job again (a reclaimed lease): nothing is sent twice.
    expect(await runPushJobs()).toEqual([]);
    expect(received).toHaveLength(2);

    // A push service error retries; the retry sends.
    await db().job.deleteMany({ where: { kind: "send-push" } });
    await db().$transaction((tx) =>
      notify(tx, {
        householdId: owner.auth.householdId,
        userIds: "all-members",
        type: "MENTION",
        title: "You were mentioned",
        dedupeKey: "mention:1",
      }),
    );
    replies.set("/push/phone", [503]);
    expect(await runPushJobs()).toHaveLength(1);
    expect(await runPushJobs()).toEqual([]);
    const mentions = received.slice(2);
    expect(mentions.map((r) => r.path)).toEqual(["/push/phone", "/push/phone"]);
    expect(JSON.parse(decryptPushMessage(mentions[1]?.body as Buffer, phone).toString("utf8"))).toMatchObject({
      title: "You were mentioned",
      url: "/notifications",
    });
    expect(mentions[1]?.headers.topic).toBeUndefined();

    // The same key pair on the next request; the browser unsubscribes.
    expect(
      (await callRoute(getVapidKey, { path: "/api/notifications/push/vapid-public-key", authorization: owner.authorization })).body,
    ).toEqual(key1);
    const removed = await callRoute(deleteSubscription, {
      method: "DELETE",
      path: "/api/notifications/push/subscriptions",
      authorization: owner.authorization,
      body: { endpoint: `${base}/push/phone` },
    });
    expect(removed.status).toBe(204);
    expect(await db().pushSubscription.count()).toBe(0);
  });
});
