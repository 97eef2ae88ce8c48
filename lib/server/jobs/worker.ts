/**
 * The job worker: claims due jobs in batches (FOR UPDATE SKIP LOCKED), runs them with
 * bounded concurrency, and records outcomes. It wakes on LISTEN/NOTIFY the moment a
 * job is committed, and also polls (every 2 s by default) so a lost notification or
 * connection costs latency, never a job.
 *
 * Ownership is a lease: a claimed job is the worker's until `lockedUntil`, which a
 * heartbeat renews while the job is held. If the worker dies, the lease runs out and
 * any worker's reaper (run with each poll) hands the job back to PENDING; its attempt
 * counts, so a job that kills its worker every time ends DEAD instead of looping.
 *
 * Outcomes: success is batched (all completions made while one UPDATE is in flight go
 * in the next), failure is retried after capped exponential backoff with full jitter
 * until maxAttempts, then the job is DEAD and keeps its last error.
 */
import "server-only";
import os from "node:os";
import pg from "pg";
import { logger as defaultLogger } from "@/lib/server/logger";
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from "./backoff";
import { describeJobError } from "./describe-job-error";
import { PermanentJobError, type ClaimedJob, type JobHandlerRegistry } from "./job-handler";
import {
  CLAIM_JOBS,
  COMPLETE_JOBS,
  FAIL_JOB,
  JOB_CHANNEL,
  MAX_ERROR_LENGTH,
  NEXT_DUE_IN_MS,
  PRUNE_FINISHED,
  REAP_EXPIRED_LEASES,
  RELEASE_JOBS,
  RENEW_LEASES,
  WORKER_SESSION_OPTIONS,
} from "./job-sql";
import { enqueueDueRecurringJobs, nextSlotStart, validateRecurringDefinitions, type RecurringJobDefinition } from "./recurring";

export interface WorkerOptions {
  connectionString: string;
  handlers: JobHandlerRegistry;
  /** Jobs running at once. Default 4. */
  concurrency?: number;
  /**
   * Most jobs claimed per statement, and held at once (running plus waiting to run).
   * Default: concurrency. Larger batches raise throughput for short jobs, but held jobs
   * wait here instead of running on another worker.
   */
  batchSize?: number;
  /** Fallback poll (and expired-lease reaping) interval. Default 2 s. */
  pollIntervalMs?: number;
  /** How long a claim is owned without a heartbeat. Default 30 s. */
  leaseMs?: number;
  /** Default: a third of the lease. */
  heartbeatMs?: number;
  backoff?: BackoffOptions;
  recurring?: readonly RecurringJobDefinition[];
  /** The clock recurring slots are cut by (tests move it). Leases and runAt use the database's clock. */
  clock?: () => Date;
  /** SUCCEEDED jobs are kept this long for inspection, then pruned. Default 24 h. */
  succeededRetentionMs?: number;
  maintenanceIntervalMs?: number;
  /** Connections for claims and outcome writes (handlers use the app's Prisma client). Default 4. */
  poolSize?: number;
  workerId?: string;
  logger?: typeof defaultLogger;
}

export interface WorkerStats {
  claimed: number;
  succeeded: number;
  retried: number;
  dead: number;
  /** Jobs whose lease this worker lost while holding them. */
  lost: number;
  released: number;
}

interface HeldJob {
  job: ClaimedJob;
  controller: AbortController;
  started: boolean;
  /** Handed back at shutdown, or its lease was reclaimed: its outcome is no longer ours to write. */
  disowned: boolean;
}

interface JobRow {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  householdId: string | null;
  runAt: Date;
  createdAt: Date;
}

type State = "idle" | "running" | "stopping" | "stopped";

const RECURRING_RECHECK_MS = 60_000;
const SLOTS_RETENTION_MS = 90 * 86_400_000;
const LISTEN_RETRY_MS = 1_000;
const FLUSH_RETRY_MS = 1_000;

/** For the log: the stack included. */
function formatError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

function positiveInt(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`Worker option ${name} must be a positive integer, got ${value}`);
  return value;
}

export class Worker {
  readonly id: string;
  readonly stats: WorkerStats = { claimed: 0, succeeded: 0, retried: 0, dead: 0, lost: 0, released: 0 };

  private readonly handlers: JobHandlerRegistry;
  private readonly kinds: string[];
  private readonly concurrency: number;
  private readonly capacity: number;
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly backoff: BackoffOptions;
  private readonly recurring: readonly RecurringJobDefinition[];
  private readonly clock: () => Date;
  private readonly succeededRetentionMs: number;
  private readonly maintenanceIntervalMs: number;
  private readonly log: typeof defaultLogger;
  private readonly pool: pg.Pool;
  private readonly connectionString: string;

  private state: State = "idle";
  private listener: pg.Client | undefined;
  private readonly held = new Map<string, HeldJob>();
  private readonly queue: HeldJob[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly writes = new Set<Promise<unknown>>();
  private completions: HeldJob[] = [];
  private flushing: Promise<void> | undefined;
  private flushScheduled = false;
  private claiming: Promise<void> | undefined;
  /** Whether a claim might find something; cleared when one comes back short. */
  private wanted = true;
  /** Bumped by every wake-up, so a short claim that raced a notification does not clear `wanted`. */
  private wakeSeq = 0;
  private reaping = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private pollTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private dueTimer: NodeJS.Timeout | undefined;

  constructor(options: WorkerOptions) {
    this.handlers = options.handlers;
    this.kinds = Object.keys(options.handlers);
    if (this.kinds.length === 0) throw new Error("A worker needs at least one job handler");
    this.concurrency = positiveInt("concurrency", options.concurrency ?? 4);
    this.capacity = Math.max(this.concurrency, positiveInt("batchSize", options.batchSize ?? this.concurrency));
    this.pollIntervalMs = positiveInt("pollIntervalMs", options.pollIntervalMs ?? 2_000);
    this.leaseMs = positiveInt("leaseMs", options.leaseMs ?? 30_000);
    this.heartbeatMs = positiveInt("heartbeatMs", options.heartbeatMs ?? Math.max(1, Math.floor(this.leaseMs / 3)));
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.recurring = options.recurring ?? [];
    validateRecurringDefinitions(this.recurring);
    for (const definition of this.recurring) {
      if (!this.handlers[definition.kind])
        throw new Error(`Recurring job "${definition.name}" has no handler for kind "${definition.kind}"`);
    }
    this.clock = options.clock ?? (() => new Date());
    this.succeededRetentionMs = options.succeededRetentionMs ?? 86_400_000;
    this.maintenanceIntervalMs = options.maintenanceIntervalMs ?? 60_000;
    this.log = options.logger ?? defaultLogger;
    this.id = options.workerId ?? `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
    this.connectionString = options.connectionString;
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: positiveInt("poolSize", options.poolSize ?? 4),
      application_name: "dumbassets-worker",
      options: WORKER_SESSION_OPTIONS,
    });
    this.pool.on("error", (error) => this.log.warn("job worker: idle database connection failed", { error: error.message }));
  }

  /** Connects, starts listening and polling, and enqueues due recurring slots. */
  async start(): Promise<void> {
    if (this.state !== "idle") throw new Error("A worker starts once");
    this.state = "running";
    await this.connectListener();
    this.pollTimer = setInterval(() => this.onPoll(), this.pollIntervalMs);
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.heartbeatMs);
    this.every(this.maintenanceIntervalMs, () => this.prune());
    if (this.recurring.length > 0) void this.recurringTick();
    void this.reap();
    this.wake();
  }

  /** Asks for a claim now (a notification, the poll timer, a due retry). */
  wake(): void {
    this.wakeSeq++;
    this.wanted = true;
    this.pump();
  }

  /** Enqueues the current slot of each recurring definition unless another worker already has. */
  async enqueueRecurring(): Promise<string[]> {
    return enqueueDueRecurringJobs(this.pool, this.recurring, this.clock());
  }

  /**
   * Graceful stop: claims nothing more, hands back jobs claimed but not started, lets
   * running jobs finish until the deadline, then aborts and hands back the rest (each
   * becomes PENDING at once, so another worker takes it), and closes connections.
   */
  async stop(options: { deadlineMs?: number } = {}): Promise<{ finishedInTime: boolean; released: number }> {
    if (this.state !== "running") throw new Error(`Cannot stop a worker that is ${this.state}`);
    this.state = "stopping";
    const deadline = Date.now() + (options.deadlineMs ?? 10_000);
    clearInterval(this.pollTimer);
    clearTimeout(this.dueTimer);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();

    await this.claiming;
    let released = await this.release(this.queue.splice(0), false);

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<true>((resolve) => {
      timer = setTimeout(() => resolve(true), Math.max(0, deadline - Date.now()));
    });
    const finishedInTime =
      this.running.size === 0 || (await Promise.race([Promise.all(this.running).then(() => false), timedOut])) === false;
    clearTimeout(timer);
    if (!finishedInTime) {
      const stuck = [...this.held.values()];
      for (const held of stuck) {
        held.disowned = true;
        held.controller.abort(new Error("The worker is shutting down; the job was handed back."));
      }
      released += await this.release(stuck, true);
    }

    await this.flushCompletions();
    await Promise.allSettled(this.writes);
    clearInterval(this.heartbeatTimer);
    this.state = "stopped";
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.pool.end();
    return { finishedInTime, released };
  }

  // ── claiming ────────────────────────────────────────────────────────────────

  private pump(): void {
    if (this.state !== "running") return;
    while (this.running.size < this.concurrency && this.queue.length > 0) {
      this.startJob(this.queue.shift() as HeldJob);
    }
    const room = this.capacity - this.held.size;
    if (this.claiming || !this.wanted || room <= 0 || this.queue.length > 0) return;
    this.claiming = this.claim(room).finally(() => {
      this.claiming = undefined;
      this.pump();
    });
  }

  private async claim(limit: number): Promise<void> {
    const seq = this.wakeSeq;
    let rows: JobRow[];
    try {
      rows = (await this.pool.query<JobRow>({ name: "claim_jobs", text: CLAIM_JOBS, values: [this.id, this.leaseMs, limit, this.kinds] }))
        .rows;
    } catch (error) {
      this.log.error("job worker: claim failed; retrying at the next poll", { error: formatError(error) });
      this.wanted = false;
      return;
    }
    this.stats.claimed += rows.length;
    const claimed = rows.map((job) => ({ job, controller: new AbortController(), started: false, disowned: false }));
    if (this.state !== "running") {
      await this.release(claimed, false);
      return;
    }
    for (const held of claimed) {
      this.held.set(held.job.id, held);
      this.queue.push(held);
    }
    if (rows.length < limit && seq === this.wakeSeq) {
      this.wanted = false;
      void this.armDueTimer();
    }
  }

  /** After a short claim: wake when the next scheduled job (a retry, a delayed job) falls due, if before the next poll. */
  private async armDueTimer(): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ dueInMs: number | null }>(NEXT_DUE_IN_MS, [this.kinds]);
      const dueInMs = rows[0]?.dueInMs;
      if (dueInMs === null || dueInMs === undefined || dueInMs >= this.pollIntervalMs || this.state !== "running") return;
      clearTimeout(this.dueTimer);
      // Due already means another worker is claiming it right now or it just became due; look again shortly.
      this.dueTimer = setTimeout(() => this.wake(), Math.max(5, Math.ceil(dueInMs)));
    } catch (error) {
      this.log.warn("job worker: could not read the next due time", { error: formatError(error) });
    }
  }

  private onPoll(): void {
    void this.reap();
    this.wake();
  }

  // ── running ─────────────────────────────────────────────────────────────────

  private startJob(held: HeldJob): void {
    held.started = true;
    const run = this.execute(held).finally(() => {
      this.running.delete(run);
      if (this.held.get(held.job.id) === held) this.held.delete(held.job.id);
      this.pump();
    });
    this.running.add(run);
  }

  private async execute(held: HeldJob): Promise<void> {
    const { job } = held;
    let failure: { error: unknown } | undefined;
    try {
      const handler = this.handlers[job.kind];
      if (!handler) throw new PermanentJobError(`No handler for job kind "${job.kind}"`);
      const parsed = handler.payload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`Invalid payload for "${job.kind}": ${parsed.error.message}`);
      await handler.run(parsed.data, { job, signal: held.controller.signal, logger: this.log });
    } catch (error) {
      failure = { error };
    }
    if (held.disowned) return;
    if (!failure) {
      this.completions.push(held);
      this.scheduleFlush();
    } else {
      this.track(this.fail(held, failure.error));
    }
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.flushing) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flushCompletions();
    });
  }

  /** Writes every completion gathered so far in one UPDATE; completions made meanwhile go in the next. */
  private async flushCompletions(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.completions.length === 0) return;
    const batch = this.completions;
    this.completions = [];
    this.flushing = (async () => {
      try {
        const result = await this.pool.query({
          name: "complete_jobs",
          text: COMPLETE_JOBS,
          values: [batch.map((h) => h.job.id), batch.map((h) => h.job.attempts), this.id],
        });
        this.stats.succeeded += result.rowCount ?? 0;
        const lost = batch.length - (result.rowCount ?? 0);
        if (lost > 0) {
          this.stats.lost += lost;
          this.log.warn("job worker: jobs finished after their lease was reclaimed; their outcome was dropped", { count: lost });
        }
      } catch (error) {
        // The fence (lockedBy, attempts) makes a late retry harmless; meanwhile the leases keep running out.
        this.log.error("job worker: could not record completions; retrying", { error: formatError(error), count: batch.length });
        this.completions.push(...batch);
        if (this.state === "running") this.later(FLUSH_RETRY_MS, () => this.scheduleFlush());
      }
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
    }
    if (this.completions.length > 0 && this.state === "running") this.scheduleFlush();
  }

  private async fail(held: HeldJob, error: unknown): Promise<void> {
    const { job } = held;
    const permanent = error instanceof PermanentJobError;
    const delayMs = backoffDelayMs(job.attempts, this.backoff);
    try {
      // People read lastError (the admin list): the cause in words. The stack goes to the log only.
      const reason = describeJobError(error);
      const { rows } = await this.pool.query<{ status: string }>(FAIL_JOB, [job.id, job.attempts, this.id, reason, delayMs, permanent]);
      const status = rows[0]?.status;
      const fields = {
        jobId: job.id,
        kind: job.kind,
        attempt: job.attempts,
        maxAttempts: job.maxAttempts,
        reason,
        error: formatError(error),
      };
      if (status === "DEAD") {
        this.stats.dead++;
        this.log.error("job failed for good (DEAD)", fields);
      } else if (status === "PENDING") {
        this.stats.retried++;
        this.log.warn("job failed; will retry", { ...fields, retryInMs: delayMs });
        if (delayMs < this.pollIntervalMs) this.later(delayMs, () => this.wake());
      } else {
        this.stats.lost++;
      }
    } catch (writeError) {
      this.log.error("job worker: could not record a failure; the lease will expire and the job will run again", {
        jobId: job.id,
        error: formatError(writeError),
      });
    }
  }

  // ── leases ──────────────────────────────────────────────────────────────────

  private async heartbeat(): Promise<void> {
    const held = [...this.held.values()];
    if (held.length === 0) return;
    try {
      const { rows } = await this.pool.query<{ id: string }>(RENEW_LEASES, [held.map((h) => h.job.id), this.id, this.leaseMs]);
      const renewed = new Set(rows.map((r) => r.id));
      for (const h of held) {
        if (renewed.has(h.job.id) || this.held.get(h.job.id) !== h || h.disowned) continue;
        h.disowned = true;
        this.stats.lost++;
        h.controller.abort(new Error("The job's lease was reclaimed by another worker."));
        this.log.warn("job worker: lost the lease of a job it held", { jobId: h.job.id, kind: h.job.kind });
        const queued = this.queue.indexOf(h);
        if (queued >= 0) {
          this.queue.splice(queued, 1);
          this.held.delete(h.job.id);
        }
      }
    } catch (error) {
      this.log.warn("job worker: heartbeat failed", { error: formatError(error) });
    }
  }

  private async reap(): Promise<void> {
    if (this.reaping || this.state !== "running") return;
    this.reaping = true;
    try {
      const { rows } = await this.pool.query<{ reaped: number }>(REAP_EXPIRED_LEASES);
      const reaped = rows[0]?.reaped ?? 0;
      if (reaped > 0) this.log.warn("job worker: reclaimed jobs whose lease had expired", { count: reaped });
    } catch (error) {
      this.log.warn("job worker: reaping expired leases failed", { error: formatError(error) });
    } finally {
      this.reaping = false;
    }
  }

  private async release(jobs: HeldJob[], started: boolean): Promise<number> {
    for (const h of jobs) this.held.delete(h.job.id);
    if (jobs.length === 0) return 0;
    try {
      const { rows } = await this.pool.query<{ released: number }>(RELEASE_JOBS, [
        jobs.map((h) => h.job.id),
        jobs.map((h) => h.job.attempts),
        jobs.map(() => started),
        this.id,
      ]);
      const released = rows[0]?.released ?? 0;
      this.stats.released += released;
      return released;
    } catch (error) {
      this.log.error("job worker: could not hand jobs back; their leases will expire instead", { error: formatError(error) });
      return 0;
    }
  }

  // ── recurring and housekeeping ──────────────────────────────────────────────

  private async recurringTick(): Promise<void> {
    if (this.state !== "running") return;
    let waitMs = RECURRING_RECHECK_MS;
    try {
      await this.enqueueRecurring();
      const now = this.clock();
      for (const definition of this.recurring) {
        waitMs = Math.min(waitMs, nextSlotStart(definition.schedule, now).getTime() - now.getTime());
      }
    } catch (error) {
      this.log.error("job worker: could not enqueue recurring jobs", { error: formatError(error) });
      waitMs = this.pollIntervalMs;
    }
    this.later(Math.max(waitMs, 10), () => void this.recurringTick());
  }

  private async prune(): Promise<void> {
    try {
      await this.pool.query(PRUNE_FINISHED, [this.succeededRetentionMs, SLOTS_RETENTION_MS]);
    } catch (error) {
      this.log.warn("job worker: pruning finished jobs failed", { error: formatError(error) });
    }
  }

  // ── plumbing ────────────────────────────────────────────────────────────────

  private async connectListener(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: "dumbassets-worker-listen" });
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      if (this.state !== "running") return;
      this.log.warn("job worker: lost its LISTEN connection; polling until it is back", { error: error?.message });
      client.end().catch(() => undefined);
      this.later(LISTEN_RETRY_MS, () => void this.connectListener());
    };
    client.on("notification", () => this.wake());
    client.on("error", lost);
    client.on("end", () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${JOB_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => undefined);
      if (this.state !== "running") return;
      this.log.warn("job worker: cannot LISTEN; polling until it can", { error: formatError(error) });
      this.later(LISTEN_RETRY_MS, () => void this.connectListener());
      return;
    }
    if (this.state !== "running") {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // Anything committed while we were not listening.
    this.wake();
  }

  private track(write: Promise<unknown>): void {
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }

  private later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.state === "running") fn();
    }, ms);
    this.timers.add(timer);
  }

  private every(ms: number, fn: () => Promise<void>): void {
    const tick = () => {
      void fn().finally(() => this.later(ms, tick));
    };
    tick();
  }
}
