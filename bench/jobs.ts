/**
 * Job queue throughput and latency, in-process against a database of its own.
 * Drain: 10,000 no-op jobs (the real `noop` handler, payload parsed by zod) enqueued
 * beforehand, timed from worker start to the last completion written; single-row
 * claims (one job per statement) and batched claims, with 1 and 4 workers (4 Worker
 * instances in this one process, each with its own connections).
 * Latency: one job at a time enqueued while the worker idles on LISTEN, from the
 * enqueue call to the handler starting, as an autocommit statement and inside a
 * Prisma transaction. Also: a claim+complete round trip over pg vs Prisma's raw API,
 * the measurement behind keeping Prisma out of the worker's hot path.
 * Reports figures; never fails on them. Bar (measured on these machines, docs/architecture.md "Toolchain"): graphile-worker 0.17 does
 * 2,700 jobs/s at concurrency 1, 4,900 at 4, add-to-start p50 2.4 ms.
 */
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { reloadConfig } from "../lib/server/config/config";
import { db, disconnectDatabase } from "../lib/server/db/client";
import { PrismaClient } from "../lib/server/db/generated/client";
import { insertJob, insertJobs } from "../lib/server/jobs/enqueue-job";
import type { JobHandler } from "../lib/server/jobs/job-handler";
import { CLAIM_JOBS, COMPLETE_JOBS, WORKER_SESSION_OPTIONS } from "../lib/server/jobs/job-sql";
import { quietLogger } from "../lib/server/jobs/test-support";
import { Worker, type WorkerOptions } from "../lib/server/jobs/worker";
import { createMigratedTemplate, databaseUrl, dropDatabase, startTestDatabaseServer } from "../tests/support/test-database-server";
import { noopHandler } from "../workers/handlers/noop";
import { percentile } from "./lib/stats";

const JOBS = 10_000;
const LATENCY_SAMPLES = 500;
const ROUND_TRIPS = 1_000;
/** Each drain runs this many times; the median is reported (these machines are shared and noisy). */
const REPEATS = 3;
/** `npx tsx bench/jobs.ts single latency` runs only the sections whose names contain a word given. */
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.some((word) => name.includes(word));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function resetJobs(pool: pg.Pool): Promise<void> {
  await pool.query(`TRUNCATE "Job" CASCADE`);
  await pool.query(`VACUUM ANALYZE "Job"`);
}

async function enqueueNoops(count: number): Promise<number> {
  const started = performance.now();
  for (let done = 0; done < count; done += 5_000) {
    const n = Math.min(5_000, count - done);
    await db().$transaction((tx) =>
      insertJobs(
        tx,
        Array.from({ length: n }, (_, i) => ({ kind: "noop", payload: { i: done + i } })),
      ),
    );
  }
  return performance.now() - started;
}

async function drain(url: string, pool: pg.Pool, workers: number, options: Partial<WorkerOptions>): Promise<number> {
  await resetJobs(pool);
  await enqueueNoops(JOBS);
  const instances = Array.from(
    { length: workers },
    () =>
      new Worker({ connectionString: url, handlers: { noop: noopHandler as JobHandler }, logger: quietLogger, recurring: [], ...options }),
  );
  const started = performance.now();
  await Promise.all(instances.map((w) => w.start()));
  while (instances.reduce((sum, w) => sum + w.stats.succeeded, 0) < JOBS) await sleep(1);
  const elapsed = performance.now() - started;
  await Promise.all(instances.map((w) => w.stop({ deadlineMs: 5_000 })));
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Job" WHERE status = 'SUCCEEDED' AND attempts = 1`);
  if (rows[0]?.n !== JOBS) console.log(`  !! expected ${JOBS} jobs succeeded once, found ${rows[0]?.n}`);
  return (JOBS / elapsed) * 1000;
}

async function latency(url: string, pool: pg.Pool, viaTransaction: boolean): Promise<number[]> {
  await resetJobs(pool);
  const startedAt = new Map<string, number>();
  const probe: JobHandler = { payload: noopHandler.payload, run: async (_p, { job }) => void startedAt.set(job.id, performance.now()) };
  const worker = new Worker({ connectionString: url, handlers: { noop: probe }, logger: quietLogger, pollIntervalMs: 60_000 });
  await worker.start();
  await sleep(100);
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES + 20; i++) {
    const t0 = performance.now();
    const { id } = viaTransaction
      ? await db().$transaction((tx) => insertJob(tx, { kind: "noop" }))
      : await insertJob(db(), { kind: "noop" });
    while (!startedAt.has(id)) await new Promise((resolve) => setImmediate(resolve));
    if (i >= 20) samples.push((startedAt.get(id) as number) - t0); // the first 20 warm up
    while (worker.stats.succeeded <= i) await new Promise((resolve) => setImmediate(resolve));
  }
  await worker.stop();
  return samples.sort((a, b) => a - b);
}

/** Sequential claim-1 + complete-1 pairs, both clients with the worker's session settings; interleaved rounds, best of each. */
async function roundTrips(url: string, pool: pg.Pool): Promise<{ pgMs: number; prismaMs: number }> {
  const worker = "bench-round-trip";
  const workerPool = new pg.Pool({ connectionString: url, max: 1, options: WORKER_SESSION_OPTIONS });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1, options: WORKER_SESSION_OPTIONS }) });
  const time = async (claimAndComplete: () => Promise<void>) => {
    await resetJobs(pool);
    await enqueueNoops(ROUND_TRIPS);
    const started = performance.now();
    for (let i = 0; i < ROUND_TRIPS; i++) await claimAndComplete();
    return (performance.now() - started) / ROUND_TRIPS;
  };
  type Row = { id: string; attempts: number };
  const viaPg = async () => {
    const { rows } = await workerPool.query<Row>({ name: "claim", text: CLAIM_JOBS, values: [worker, 30_000, 1, ["noop"]] });
    await workerPool.query({ name: "complete", text: COMPLETE_JOBS, values: [rows.map((r) => r.id), rows.map((r) => r.attempts), worker] });
  };
  const viaPrisma = async () => {
    const rows = await prisma.$queryRawUnsafe<Row[]>(CLAIM_JOBS, worker, 30_000, 1, ["noop"]);
    await prisma.$executeRawUnsafe(
      COMPLETE_JOBS,
      rows.map((r) => r.id),
      rows.map((r) => r.attempts),
      worker,
    );
  };
  let pgMs = Infinity;
  let prismaMs = Infinity;
  for (let round = 0; round < REPEATS; round++) {
    pgMs = Math.min(pgMs, await time(viaPg));
    prismaMs = Math.min(prismaMs, await time(viaPrisma));
  }
  await workerPool.end();
  await prisma.$disconnect();
  return { pgMs, prismaMs };
}

const rate = (n: number) => `${Math.round(n).toLocaleString("en-US")} jobs/s`.padStart(14);
const mark = (ok: boolean) => (ok ? "meets" : "MISSES");

async function main() {
  const server = await startTestDatabaseServer();
  const dbName = `da_bench_jobs_${randomBytes(4).toString("hex")}`;
  try {
    await createMigratedTemplate(server.adminUrl, dbName);
    const url = databaseUrl(server.adminUrl, dbName);
    process.env.DATABASE_URL = url;
    reloadConfig();
    const pool = new pg.Pool({ connectionString: url, max: 2 });

    if (wanted("enqueue")) {
      await resetJobs(pool);
      const enqueueMs = await enqueueNoops(JOBS);
      console.log(
        `enqueue: ${JOBS.toLocaleString("en-US")} jobs in batches of 5,000 (enqueueJobs in a transaction): ${rate((JOBS / enqueueMs) * 1000)}`,
      );
    }

    console.log(
      `\ndrain ${JOBS.toLocaleString("en-US")} no-op jobs (from worker start to last completion written; median of ${REPEATS} runs [all runs])`,
    );
    const drains: [string, number, Partial<WorkerOptions>, number][] = [
      ["single-row: 1 worker, concurrency 1, 1 job/claim", 1, { concurrency: 1, batchSize: 1 }, 1_500],
      ["single-row: 4 workers, concurrency 1 each", 4, { concurrency: 1, batchSize: 1 }, 1_500],
      ["batched: 1 worker, concurrency 1, up to 100/claim", 1, { concurrency: 1, batchSize: 100 }, 5_000],
      ["batched: 1 worker, concurrency 4, up to 100/claim", 1, { concurrency: 4, batchSize: 100 }, 5_000],
      ["batched: 4 workers, concurrency 4, up to 100/claim", 4, { concurrency: 4, batchSize: 100 }, 5_000],
    ];
    for (const [name, workers, options, target] of drains) {
      if (!wanted(name)) continue;
      const runs: number[] = [];
      for (let i = 0; i < REPEATS; i++) runs.push(await drain(url, pool, workers, options));
      const median = [...runs].sort((a, b) => a - b)[Math.floor(REPEATS / 2)] as number;
      const all = runs.map((r) => Math.round(r).toLocaleString("en-US")).join(", ");
      console.log(
        `  ${name.padEnd(54)} ${rate(median)}   ${mark(median >= target)} target >= ${target.toLocaleString("en-US")}   [${all}]`,
      );
    }

    console.log(`\nenqueue-to-start latency, ${LATENCY_SAMPLES} jobs one at a time, worker idle on LISTEN (poll 60 s)`);
    for (const viaTransaction of wanted("latency") ? [false, true] : []) {
      const samples = await latency(url, pool, viaTransaction);
      const p50 = percentile(samples, 50);
      const label = viaTransaction ? "inside db().$transaction(tx => insertJob(tx))" : "insertJob(db()) autocommit";
      console.log(
        `  ${label.padEnd(54)} p50 ${p50.toFixed(2)} ms  p99 ${percentile(samples, 99).toFixed(2)} ms  max ${(samples.at(-1) ?? NaN).toFixed(2)} ms   ${mark(p50 <= 10)} target p50 <= 10 ms`,
      );
    }

    if (wanted("round-trip")) {
      const { pgMs, prismaMs } = await roundTrips(url, pool);
      console.log(
        `\nround-trip: claim 1 + complete 1, sequential, ${ROUND_TRIPS} jobs, best of ${REPEATS}: pg ${pgMs.toFixed(3)} ms/job, Prisma $queryRawUnsafe ${prismaMs.toFixed(3)} ms/job`,
      );
    }

    await pool.end();
    await disconnectDatabase();
  } finally {
    await dropDatabase(server.adminUrl, dbName).catch(() => undefined);
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
