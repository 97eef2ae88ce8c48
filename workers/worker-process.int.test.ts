/**
 * The worker as a real process: killed with SIGKILL mid-job, and stopped with SIGTERM
 * while jobs run. Children are `node --import tsx <entry>`: the `tsx` CLI would run the
 * worker in a grandchild, which a SIGKILL of the CLI leaves alive.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { insertJob } from "@/lib/server/jobs/enqueue-job";
import { quietLogger, waitFor } from "@/lib/server/jobs/test-support";
import { Worker } from "@/lib/server/jobs/worker";
import { exited, TYPESCRIPT_NODE_FLAGS } from "@/scripts/lib/run";
import { OUTBOX_TABLE_SQL, sideEffectHandler } from "./fixtures/side-effect-handler";

const projectDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const children: ChildProcess[] = [];
const workers: Worker[] = [];

function spawnWorker(entry: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [...TYPESCRIPT_NODE_FLAGS, path.join(projectDir, entry)], {
    cwd: projectDir,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all(workers.splice(0).map((w) => w.stop({ deadlineMs: 1_000 }).catch(() => undefined)));
});

const job = (id: string) => db().job.findUniqueOrThrow({ where: { id } });

describe("worker process", () => {
  it("finishes the job of a worker killed with SIGKILL once its lease expires, without repeating the side effect", async () => {
    await db().$executeRawUnsafe(OUTBOX_TABLE_SQL);
    const outbox = async () => Number((await db().$queryRawUnsafe<{ n: number }[]>("SELECT count(*)::int AS n FROM test_outbox"))[0]?.n);
    const { id } = await insertJob(db(), { kind: "side-effect", payload: { recipient: "ada@example.test" }, maxAttempts: 3 });

    const { child } = spawnWorker("workers/fixtures/side-effect-worker.ts", {
      WORKER_LEASE_MS: "1000",
      WORKER_POLL_INTERVAL_MS: "100",
      HANG_AFTER_SIDE_EFFECT: "1",
    });
    // Killed after the delivery committed: the crash window runOnce closes. (Between the
    // external send and that commit no database can help; see run-once.ts.)
    await waitFor("the child's committed delivery", async () => (await db().jobDelivery.count({ where: { jobId: id } })) === 1, 20_000);
    expect(await outbox()).toBe(1);
    child.kill("SIGKILL");
    expect(await exited(child)).not.toBe(0);

    const orphaned = await job(id);
    expect(orphaned).toMatchObject({ status: "RUNNING", attempts: 1 });
    const leaseEnd = orphaned.lockedUntil as Date;

    const rescuer = new Worker({
      connectionString: process.env.DATABASE_URL as string,
      handlers: { "side-effect": sideEffectHandler },
      leaseMs: 1_000,
      pollIntervalMs: 50,
      logger: quietLogger,
    });
    workers.push(rescuer);
    await rescuer.start();
    await waitFor("the rescued job to succeed", async () => (await job(id)).status === "SUCCEEDED");

    const done = await job(id);
    expect(done.attempts).toBe(2);
    expect((done.finishedAt as Date).getTime()).toBeGreaterThanOrEqual(leaseEnd.getTime());
    expect(await outbox()).toBe(1);
    expect(await db().jobDelivery.count({ where: { jobId: id } })).toBe(1);
  });

  it("on SIGTERM stops claiming, lets running jobs finish, hands back those past the deadline, and exits 0", async () => {
    const { child, output } = spawnWorker("workers/main.ts", {
      WORKER_CONCURRENCY: "2",
      WORKER_POLL_INTERVAL_MS: "100",
      WORKER_SHUTDOWN_TIMEOUT_MS: "1500",
    });
    await waitFor("the worker to start", () => output().includes('"worker started"'), 20_000);
    // Every recurring job's current slot is enqueued at start; let them all finish so both slots are free.
    await waitFor("the warranty scan", async () => (await db().job.count({ where: { kind: "warranty-scan", status: "SUCCEEDED" } })) === 1);
    await waitFor("the start-up jobs", async () => (await db().job.count({ where: { status: { in: ["PENDING", "RUNNING"] } } })) === 0);

    const quick = await insertJob(db(), { kind: "noop", payload: { delayMs: 500 } });
    const slow = await insertJob(db(), { kind: "noop", payload: { delayMs: 60_000 } });
    await waitFor("both jobs to run", async () => (await db().job.count({ where: { status: "RUNNING" } })) === 2);

    const signalledAt = Date.now();
    child.kill("SIGTERM");
    await waitFor("the worker to begin stopping", () => output().includes('"worker stopping"'));
    const late = await insertJob(db(), { kind: "noop" });
    const code = await exited(child);
    const stoppedAfter = Date.now() - signalledAt;

    expect(code).toBe(0);
    expect(stoppedAfter).toBeGreaterThanOrEqual(1_400);
    expect(stoppedAfter).toBeLessThan(5_000);
    expect(await job(quick.id)).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
    expect(await job(slow.id)).toMatchObject({ status: "PENDING", attempts: 1, lockedBy: null, lockedUntil: null });
    expect(await job(late.id)).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(output()).toContain('"worker stopped"');
  });
});
