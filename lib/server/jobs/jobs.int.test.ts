import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/server/db/client";
import { createHouseholdOwner } from "@/tests/support/fixtures";
import { insertJob, insertJobs } from "./enqueue-job";
import { defineJobHandler, PermanentJobError, type JobHandler } from "./job-handler";
import { JOB_CHANNEL } from "./job-sql";
import { replayJob } from "./replay-job";
import { runOnce } from "./run-once";
import { quietLogger, waitFor } from "./test-support";
import { Worker, type WorkerOptions } from "./worker";

const databaseUrl = () => process.env.DATABASE_URL as string;
const workers: Worker[] = [];

function startWorker(options: Partial<WorkerOptions> & Pick<WorkerOptions, "handlers">): Promise<Worker> {
  const worker = new Worker({ connectionString: databaseUrl(), pollIntervalMs: 50, logger: quietLogger, ...options });
  workers.push(worker);
  return worker.start().then(() => worker);
}

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ deadlineMs: 1_000 }).catch(() => undefined)));
  await db().job.deleteMany();
  await db().recurringJobSlot.deleteMany();
});

const anyPayload = z.unknown();
const handler = (run: JobHandler["run"]): JobHandler => ({ payload: anyPayload, run });

async function listen(): Promise<{ payloads: string[]; client: pg.Client }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  const payloads: string[] = [];
  client.on("notification", (n) => payloads.push(n.payload ?? ""));
  await client.query(`LISTEN ${JOB_CHANNEL}`);
  return { payloads, client };
}

describe("enqueueing", () => {
  it("enqueues nothing and notifies no one when the transaction rolls back; notifies at commit otherwise", async () => {
    const { payloads, client } = await listen();
    try {
      await expect(
        db().$transaction(async (tx) => {
          await insertJob(tx, { kind: "noop" });
          throw new Error("the domain write failed");
        }),
      ).rejects.toThrow("the domain write failed");
      expect(await db().job.count()).toBe(0);

      // Notifications arrive in commit order: had the rollback notified, it would come before this marker.
      await db().$executeRawUnsafe(`SELECT pg_notify('${JOB_CHANNEL}', 'marker')`);
      await waitFor("the marker notification", () => payloads.length > 0);
      expect(payloads).toEqual(["marker"]);

      const { id } = await db().$transaction((tx) => insertJob(tx, { kind: "noop", payload: { a: 1 } }));
      await waitFor("the commit's notification", () => payloads.length > 1);
      expect(payloads).toEqual(["marker", ""]);
      expect(await db().job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", payload: { a: 1 }, attempts: 0 });
    } finally {
      await client.end();
    }
  });

  it("wakes an idle worker through NOTIFY, not the poll", async () => {
    const started: number[] = [];
    await startWorker({ pollIntervalMs: 60_000, handlers: { noop: handler(async () => void started.push(Date.now())) } });
    const enqueuedAt = Date.now();
    await db().$transaction((tx) => insertJob(tx, { kind: "noop" }));
    await waitFor("the job to start", () => started.length === 1, 5_000);
    expect((started[0] as number) - enqueuedAt).toBeLessThan(1_000);
  });

  it("dedupes on a live key (also between concurrent transactions), and frees the key once the job is done", async () => {
    const first = await insertJob(db(), { kind: "noop", dedupeKey: "scan:h1" });
    const again = await insertJob(db(), { kind: "noop", dedupeKey: "scan:h1", payload: { ignored: true } });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });

    const racing = await Promise.all(
      Array.from({ length: 4 }, () => db().$transaction((tx) => insertJob(tx, { kind: "noop", dedupeKey: "race" }))),
    );
    expect(racing.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(racing.map((r) => r.id)).size).toBe(1);

    const batch = await insertJobs(db(), [
      { kind: "noop", dedupeKey: "scan:h1" },
      { kind: "noop", dedupeKey: "fresh" },
      { kind: "noop", dedupeKey: "fresh" },
      { kind: "noop" },
    ]);
    expect(batch.map((r) => r.created)).toEqual([false, true, false, true]);
    expect(batch[0]?.id).toBe(first.id);
    expect(batch[2]?.id).toBe(batch[1]?.id);
    expect(await db().job.count()).toBe(4);

    const worker = await startWorker({ handlers: { noop: handler(async () => {}) } });
    await waitFor("all jobs to finish", () => worker.stats.succeeded === 4);
    expect(await db().job.count({ where: { dedupeKey: { not: null } } })).toBe(0);
    const after = await insertJob(db(), { kind: "noop", dedupeKey: "scan:h1" });
    expect(after.created).toBe(true);
    expect(after.id).not.toBe(first.id);
  });
});

describe("claiming", () => {
  it("runs each of 2,000 jobs exactly once with two workers racing over them", async () => {
    const runs = new Map<string, number>();
    const record = handler(async (_payload, { job }) => void runs.set(job.id, (runs.get(job.id) ?? 0) + 1));
    const options = { concurrency: 4, batchSize: 25, handlers: { noop: record } };
    const [a, b] = await Promise.all([startWorker(options), startWorker(options)]);

    const jobs = await db().$transaction((tx) =>
      insertJobs(
        tx,
        Array.from({ length: 2_000 }, (_, i) => ({ kind: "noop", payload: { i } })),
      ),
    );
    await waitFor("2,000 completions", () => (a as Worker).stats.succeeded + (b as Worker).stats.succeeded === 2_000, 20_000);

    expect(runs.size).toBe(2_000);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(jobs.map((j) => j.id))).toEqual(new Set(runs.keys()));
    expect(a?.stats.claimed).toBeGreaterThan(0);
    expect(b?.stats.claimed).toBeGreaterThan(0);
    const byStatus = await db().job.groupBy({ by: ["status", "attempts"], _count: true });
    expect(byStatus).toEqual([{ status: "SUCCEEDED", attempts: 1, _count: 2_000 }]);
  });

  it("keeps a long job's lease alive with heartbeats, so a second worker never takes it over", async () => {
    const runs: string[] = [];
    const slow = handler(async (_p, { job }) => {
      runs.push(job.id);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    });
    // The job outlives its lease four times over; the lease is long enough that a heartbeat
    // delayed by a busy machine (two cores running the whole suite) still lands in time.
    await Promise.all([startWorker({ leaseMs: 500, handlers: { slow } }), startWorker({ leaseMs: 500, handlers: { slow } })]);
    const { id } = await insertJob(db(), { kind: "slow" });
    await waitFor("the job to succeed", async () => (await db().job.findUniqueOrThrow({ where: { id } })).status === "SUCCEEDED");
    expect(runs).toEqual([id]);
    expect((await db().job.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);
  });

  it("aborts a job whose lease was taken over, and leaves the new owner's row alone", async () => {
    let abortedWith: unknown;
    const held = handler(
      (_p, { signal }) =>
        new Promise<void>((_resolve, reject) => {
          signal.addEventListener("abort", () => {
            abortedWith = signal.reason;
            reject(signal.reason);
          });
        }),
    );
    const worker = await startWorker({ heartbeatMs: 20, handlers: { held } });
    const { id } = await insertJob(db(), { kind: "held" });
    await waitFor("the claim", async () => (await db().job.findUniqueOrThrow({ where: { id } })).status === "RUNNING");
    await db().job.update({ where: { id }, data: { lockedBy: "another-worker" } });

    await waitFor("the abort", () => abortedWith !== undefined);
    expect(String(abortedWith)).toContain("lease was reclaimed");
    expect(worker.stats).toMatchObject({ lost: 1, retried: 0, dead: 0 });
    expect(await db().job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RUNNING",
      lockedBy: "another-worker",
      lastError: null,
    });
  });

  it("claims only the kinds it has handlers for", async () => {
    const worker = await startWorker({ handlers: { noop: handler(async () => {}) } });
    const other = await insertJob(db(), { kind: "someone-elses" });
    await insertJob(db(), { kind: "noop" });
    await waitFor("the noop job", () => worker.stats.succeeded === 1);
    expect(await db().job.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});

describe("failures", () => {
  it("retries with backoff, ends a poison job DEAD with its last error, and replays it with attempts reset", async () => {
    const { auth } = await createHouseholdOwner();
    let healed = false;
    const attemptsSeen: number[] = [];
    const poison = handler(async (_p, { job }) => {
      attemptsSeen.push(job.attempts);
      if (!healed) throw new Error(`boom on attempt ${job.attempts}`);
    });
    const worker = await startWorker({ backoff: { baseMs: 1, capMs: 20 }, handlers: { poison } });
    const { id } = await insertJob(db(), { kind: "poison", maxAttempts: 3, dedupeKey: "poison-1", householdId: auth.householdId });

    const dead = await waitFor("the job to die", async () => {
      const job = await db().job.findUniqueOrThrow({ where: { id } });
      return job.status === "DEAD" ? job : null;
    });
    expect(attemptsSeen).toEqual([1, 2, 3]);
    expect(worker.stats).toMatchObject({ retried: 2, dead: 1, succeeded: 0 });
    expect(dead).toMatchObject({ attempts: 3, dedupeKey: null, lockedBy: null, lockedUntil: null });
    expect(dead.lastError).toContain("boom on attempt 3");
    expect(dead.finishedAt).toBeInstanceOf(Date);

    healed = true;
    const replayed = await replayJob(auth, id);
    expect(replayed).toMatchObject({ id, status: "PENDING", attempts: 0, finishedAt: null });
    await waitFor("the replayed job to succeed", () => worker.stats.succeeded === 1);
    expect(attemptsSeen).toEqual([1, 2, 3, 1]);
    expect(await db().job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
  });

  it("ends a job DEAD after one attempt on a PermanentJobError or a payload its schema refuses", async () => {
    const calls: string[] = [];
    const worker = await startWorker({
      handlers: {
        refuse: handler(async () => {
          calls.push("refuse");
          throw new PermanentJobError("the asset was deleted");
        }),
        typed: defineJobHandler({
          payload: z.object({ assetId: z.uuid() }),
          async run() {
            calls.push("typed");
          },
        }),
      },
    });
    const refused = await insertJob(db(), { kind: "refuse", maxAttempts: 5 });
    const invalid = await insertJob(db(), { kind: "typed", payload: { assetId: "nope" }, maxAttempts: 5 });
    await waitFor("both to die", () => worker.stats.dead === 2);
    expect(calls).toEqual(["refuse"]);
    const jobs = await db().job.findMany({ where: { id: { in: [refused.id, invalid.id] } } });
    expect(jobs.map((j) => [j.kind, j.status, j.attempts])).toEqual(
      expect.arrayContaining([
        ["refuse", "DEAD", 1],
        ["typed", "DEAD", 1],
      ]),
    );
    expect(jobs.find((j) => j.kind === "typed")?.lastError).toContain("Invalid payload");
  });
});

describe("recurring jobs", () => {
  it("runs once per slot however many workers tick", async () => {
    let now = new Date("2026-11-24T10:15:00Z");
    const runs: unknown[] = [];
    const options = {
      clock: () => now,
      recurring: [{ name: "hourly-tick", kind: "tick", schedule: { everyMs: 3_600_000 } }],
      handlers: { tick: handler(async (payload) => void runs.push(payload)) },
    };
    const [a, b] = (await Promise.all([startWorker(options), startWorker(options)])) as [Worker, Worker];
    await waitFor("the current slot's run", () => runs.length === 1);

    const sameSlot = await Promise.all([a, b, a, b].map((w) => w.enqueueRecurring()));
    expect(sameSlot.flat()).toEqual([]);

    now = new Date("2026-11-24T11:00:00Z");
    const nextSlot = await Promise.all([a, b, a, b].map((w) => w.enqueueRecurring()));
    expect(nextSlot.flat()).toHaveLength(1);
    await waitFor("the next slot's run", () => runs.length === 2);

    expect(runs).toEqual([{ slotStart: "2026-11-24T10:00:00.000Z" }, { slotStart: "2026-11-24T11:00:00.000Z" }]);
    const slots = await db().recurringJobSlot.findMany({ orderBy: { slotStart: "asc" } });
    expect(slots.map((s) => [s.name, s.slotStart.toISOString()])).toEqual([
      ["hourly-tick", "2026-11-24T10:00:00.000Z"],
      ["hourly-tick", "2026-11-24T11:00:00.000Z"],
    ]);
    expect(await db().job.count({ where: { kind: "tick" } })).toBe(2);
  });
});

describe("runOnce", () => {
  it("performs a side effect once per (job, recipient), even when two runs of the job overlap", async () => {
    const { id } = await insertJob(db(), { kind: "noop" });
    const sent: string[] = [];
    const send = (to: string) => async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sent.push(to);
      return to;
    };

    const overlapping = await Promise.all([1, 2].map(() => db().$transaction((tx) => runOnce(tx, id, "user:ada", send("ada")))));
    expect(overlapping.filter((r) => r.ran)).toEqual([{ ran: true, value: "ada" }]);
    expect(await db().$transaction((tx) => runOnce(tx, id, "user:ada", send("ada")))).toEqual({ ran: false });
    expect(await db().$transaction((tx) => runOnce(tx, id, "user:bob", send("bob")))).toEqual({ ran: true, value: "bob" });
    expect(sent).toEqual(["ada", "bob"]);
  });

  it("forgets a delivery whose side effect failed, so the retry performs it", async () => {
    const { id } = await insertJob(db(), { kind: "noop" });
    await expect(
      db().$transaction((tx) =>
        runOnce(tx, id, "hook:1", async () => {
          throw new Error("HTTP 503");
        }),
      ),
    ).rejects.toThrow("HTTP 503");
    expect(await db().jobDelivery.count({ where: { jobId: id } })).toBe(0);
    expect(await db().$transaction((tx) => runOnce(tx, id, "hook:1", async () => "ok"))).toEqual({ ran: true, value: "ok" });
    expect(await db().jobDelivery.count({ where: { jobId: id } })).toBe(1);
  });
});
