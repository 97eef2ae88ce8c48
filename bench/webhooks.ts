/**
 * Webhook delivery throughput and latency, in-process against a database of its own.
 * A loopback receiver (node:http on 127.0.0.1, answering 204, verifying nothing) counts
 * requests. One Worker runs the real "webhook-delivery" handler (read the endpoint, sign,
 * POST through outbound-http on a kept-alive connection, record the attempt: JobDelivery,
 * WebhookDelivery row and failure count in one statement) at concurrency 1 and then 8,
 * each run against a fresh endpoint; 2,000 events for the one endpoint are emitted
 * (emitWebhookEvent) in batches, each batch in one transaction (which reads the
 * household's endpoints once).
 * - drain: all queued first, then the worker starts; deliveries/s from its start to the
 *   receiver seeing the last request (delivery alone);
 * - live: the worker idles on LISTEN while the events are emitted as fast as the
 *   database takes them; deliveries/s from the first enqueue, and latency from the
 *   event's enqueue time (carried in its data) to the receiver seeing it.
 *   Enqueueing outruns delivery, so this includes the time spent queued behind the
 *   backlog: it is the end-to-end figure a burst of 2,000 changes would see.
 * Also: signing cost (signPayload, one and two live secrets) and the per-message secret
 * unseal (liveWebhookSecrets) over 10,000 messages.
 * Reports figures; never fails on them.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { reloadConfig } from "../lib/server/config/config";
import { db, disconnectDatabase } from "../lib/server/db/client";
import type { JobHandler } from "../lib/server/jobs/job-handler";
import { quietLogger } from "../lib/server/jobs/test-support";
import { Worker } from "../lib/server/jobs/worker";
import { createWebhook } from "../lib/webhooks/create-webhook";
import { WEBHOOK_DELIVERY_JOB } from "../lib/webhooks/delivery-job";
import { emitWebhookEvent } from "../lib/webhooks/emit-event";
import { generateWebhookSecret, newMessageId, signPayload } from "../lib/webhooks/sign-payload";
import { liveWebhookSecrets, sealWebhookSecret } from "../lib/webhooks/webhook-secrets";
import { createHouseholdOwner } from "../tests/support/fixtures";
import { createMigratedTemplate, databaseUrl, dropDatabase, startTestDatabaseServer } from "../tests/support/test-database-server";
import { webhookDeliveryHandler } from "../workers/handlers/webhook-delivery";
import { percentile } from "./lib/stats";

const EVENTS = 2_000;
const BATCH = 50;
const CONCURRENCIES = [1, 8];
const SIGNATURES = 10_000;
const DRAIN_TIMEOUT_MS = 300_000;

// outbound-http refuses loopback unless allowed; the secret box needs a key. config() reads them on first use.
process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Wall-clock milliseconds with sub-millisecond precision, comparable within this process. */
const nowMs = () => performance.timeOrigin + performance.now();

interface Receiver {
  url: string;
  /** Enqueue-to-arrival latencies of the requests seen since the last reset. */
  latencies: number[];
  lastArrival: number;
  reset(): void;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const state = { latencies: [] as number[], lastArrival: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const arrived = nowMs();
      // The body is parsed only to read the enqueue time the bench put in; nothing is verified.
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { data?: { enqueuedAt?: number } };
      state.latencies.push(arrived - (body.data?.enqueuedAt ?? Number.NaN));
      state.lastArrival = arrived;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    get latencies() {
      return state.latencies;
    },
    get lastArrival() {
      return state.lastArrival;
    },
    reset() {
      state.latencies = [];
      state.lastArrival = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

interface RunResult {
  enqueueMs: number;
  perSecond: number;
  completedPerSecond: number;
  latencies: number[];
  succeeded: number;
}

/**
 * "live": the worker idles on LISTEN while the events are emitted; rates count from the first enqueue.
 * "drain": every event is queued before the worker starts; rates count from its start (delivery alone).
 */
async function run(
  url: string,
  receiver: Receiver,
  auth: Parameters<typeof createWebhook>[0],
  concurrency: number,
  mode: "live" | "drain",
): Promise<RunResult> {
  const householdId = auth.householdId;
  const endpoint = await createWebhook(auth, { url: receiver.url, eventTypes: ["asset.updated"] });
  receiver.reset();
  const worker = new Worker({
    connectionString: url,
    handlers: { [WEBHOOK_DELIVERY_JOB]: webhookDeliveryHandler as JobHandler },
    concurrency,
    logger: quietLogger,
    recurring: [],
  });
  if (mode === "live") {
    await worker.start();
    await sleep(200); // let it settle on LISTEN
  }

  let started = nowMs();
  for (let done = 0; done < EVENTS; done += BATCH) {
    const n = Math.min(BATCH, EVENTS - done);
    await db().$transaction(async (tx) => {
      for (let i = 0; i < n; i++) {
        await emitWebhookEvent(
          tx,
          householdId,
          { type: "asset.updated", data: { seq: done + i, enqueuedAt: nowMs() } },
          { onlyEndpointId: endpoint.id },
        );
      }
    });
  }
  const enqueueMs = nowMs() - started;
  if (mode === "drain") {
    started = nowMs();
    await worker.start();
  }

  const deadline = started + DRAIN_TIMEOUT_MS;
  while ((receiver.latencies.length < EVENTS || worker.stats.succeeded < EVENTS) && nowMs() < deadline) await sleep(1);
  const completedAt = nowMs();
  await worker.stop({ deadlineMs: 5_000 });
  const seen = receiver.latencies.length;
  if (seen !== EVENTS) console.log(`  !! receiver saw ${seen} of ${EVENTS} requests`);
  const logged = await db().webhookDelivery.count({ where: { endpointId: endpoint.id, status: "SUCCEEDED" } });
  if (logged !== EVENTS) console.log(`  !! ${logged} of ${EVENTS} deliveries logged as succeeded`);
  return {
    enqueueMs,
    perSecond: (seen / (receiver.lastArrival - started)) * 1000,
    completedPerSecond: (worker.stats.succeeded / (completedAt - started)) * 1000,
    latencies: [...receiver.latencies].sort((a, b) => a - b),
    succeeded: worker.stats.succeeded,
  };
}

function signing(): { oneUs: number; twoUs: number; unsealUs: number; bodyBytes: number } {
  const secrets = [generateWebhookSecret(), generateWebhookSecret()];
  const body = JSON.stringify({ type: "asset.updated", timestamp: new Date().toISOString(), data: { seq: 1, enqueuedAt: nowMs() } });
  const ids = Array.from({ length: SIGNATURES }, () => newMessageId());
  const time = (fn: (i: number) => unknown) => {
    for (let i = 0; i < 1_000; i++) fn(i); // warm up
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const t = performance.now();
      for (let i = 0; i < SIGNATURES; i++) fn(i);
      best = Math.min(best, performance.now() - t);
    }
    return (best / SIGNATURES) * 1000;
  };
  const ts = Math.floor(Date.now() / 1000);
  const oneUs = time((i) => signPayload({ secrets: secrets.slice(0, 1), messageId: ids[i] as string, timestampSeconds: ts, body }));
  const twoUs = time((i) => signPayload({ secrets, messageId: ids[i] as string, timestampSeconds: ts, body }));
  const sealed = { secretSealed: sealWebhookSecret(secrets[0] as string), previousSecretSealed: null, previousSecretExpiresAt: null };
  const unsealUs = time(() => liveWebhookSecrets(sealed));
  return { oneUs, twoUs, unsealUs, bodyBytes: Buffer.byteLength(body) };
}

async function main() {
  const server = await startTestDatabaseServer();
  const dbName = `da_bench_webhooks_${randomBytes(4).toString("hex")}`;
  const receiver = await startReceiver();
  try {
    await createMigratedTemplate(server.adminUrl, dbName);
    const url = databaseUrl(server.adminUrl, dbName);
    process.env.DATABASE_URL = url;
    reloadConfig();
    const owner = await createHouseholdOwner("bench");

    console.log(
      `webhook delivery: ${EVENTS.toLocaleString("en-US")} events to one endpoint, emitted in transactions of ${BATCH}; 1 Worker;` +
        ` loopback receiver answering 204; fresh endpoint per run\n` +
        `  drain = all queued, then the worker starts (rate from its start); live = worker idle on LISTEN while events are emitted (rate from first enqueue)`,
    );
    for (const [mode, concurrency] of CONCURRENCIES.flatMap((c) => [["drain", c] as const, ["live", c] as const])) {
      const r = await run(url, receiver, owner.auth, concurrency, mode);
      const latency =
        mode === "drain"
          ? "   (latency: n/a, queued before the worker started)"
          : `   enqueue-to-receipt p50 ${percentile(r.latencies, 50).toFixed(1)} ms  p99 ${percentile(r.latencies, 99).toFixed(1)} ms  max ${(r.latencies.at(-1) ?? Number.NaN).toFixed(1)} ms`;
      console.log(
        `  ${mode.padEnd(5)} concurrency ${String(concurrency).padEnd(2)}  ${Math.round(r.perSecond).toLocaleString("en-US").padStart(6)} deliveries/s received` +
          `  (${Math.round(r.completedPerSecond).toLocaleString("en-US")}/s with jobs completed)` +
          latency +
          `   [enqueue of all ${EVENTS.toLocaleString("en-US")}: ${Math.round(r.enqueueMs)} ms; jobs succeeded ${r.succeeded}]`,
      );
    }

    const s = signing();
    console.log(
      `\nsigning, ${SIGNATURES.toLocaleString("en-US")} messages of ${s.bodyBytes} bytes, best of 3: signPayload 1 secret ${s.oneUs.toFixed(2)} µs/msg,` +
        ` 2 secrets (rotation) ${s.twoUs.toFixed(2)} µs/msg; liveWebhookSecrets (unseal, per delivery) ${s.unsealUs.toFixed(2)} µs/msg`,
    );

    await disconnectDatabase();
  } finally {
    await receiver.close();
    await dropDatabase(server.adminUrl, dbName).catch(() => undefined);
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    // A benchmark reports; it never fails the build.
    process.exit(0);
  },
);
