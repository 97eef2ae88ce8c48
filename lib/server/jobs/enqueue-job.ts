/**
 * Enqueueing: always inside the caller's transaction, so a job exists if and only if
 * the domain write that caused it committed. The same statement NOTIFYs the workers;
 * PostgreSQL delivers that at commit (and never for a rolled-back transaction), so a
 * worker wakes exactly when the job becomes visible to it.
 */
import "server-only";
import type { z } from "zod";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { jobRequest, type JobDefinition, type JobOptions, type JobRequest } from "./job-definition";
import { newJobId } from "./job-id";
import { ENQUEUE_JOBS, FIND_BY_DEDUPE_KEYS } from "./job-sql";

export interface EnqueueJobInput {
  kind: string;
  /** Anything JSON can hold; the handler's zod schema parses it back. */
  payload?: unknown;
  /** Not claimable before this instant (default: now). */
  runAt?: Date;
  maxAttempts?: number;
  /**
   * While a job with this key is pending or running, enqueueing the same key again adds
   * nothing and returns that job's id. Once it finished, the key is free again.
   */
  dedupeKey?: string;
  /** The household the job works for: its admins see it in the dead-job list and may replay it. */
  householdId?: string;
}

export interface EnqueuedJob {
  id: string;
  /** False when a live job already held the dedupe key; `id` is then that job's. */
  created: boolean;
}

interface InsertedRow {
  id: string;
}

function toArrays(ids: string[], jobs: EnqueueJobInput[]): unknown[] {
  return [
    ids,
    jobs.map((j) => j.kind),
    jobs.map((j) => JSON.stringify(j.payload ?? {})),
    jobs.map((j) => j.runAt?.toISOString() ?? null),
    jobs.map((j) => j.maxAttempts ?? null),
    jobs.map((j) => j.dedupeKey ?? null),
    jobs.map((j) => j.householdId ?? null),
  ];
}

function validate(job: EnqueueJobInput): void {
  if (!job.kind) throw new Error("insertJobs: kind is required");
  if (job.maxAttempts !== undefined && !(Number.isInteger(job.maxAttempts) && job.maxAttempts >= 1)) {
    throw new Error("insertJobs: maxAttempts must be a positive integer");
  }
  if (job.runAt && Number.isNaN(job.runAt.getTime())) throw new Error("insertJobs: runAt is not a valid date");
}

/**
 * Inserts several jobs of any kind in one statement. The queue's own tests and
 * benchmarks use it; the app enqueues typed definitions (enqueueJob/enqueueJobs below).
 * Results are in input order.
 */
export async function insertJobs(tx: DatabaseTransaction, jobs: readonly EnqueueJobInput[]): Promise<EnqueuedJob[]> {
  jobs.forEach(validate);
  if (jobs.length === 0) return [];
  const results: (EnqueuedJob | undefined)[] = new Array(jobs.length);
  let pending = jobs.map((_, index) => index);

  // A key can be freed between our conflicting insert and the lookup (its job just
  // finished); the next round then inserts. Two rounds settle it in practice.
  for (let round = 0; round < 5 && pending.length > 0; round++) {
    const ids = pending.map(() => newJobId());
    const batch = pending.map((index) => jobs[index] as EnqueueJobInput);
    const inserted = new Set((await tx.$queryRawUnsafe<InsertedRow[]>(ENQUEUE_JOBS, ...toArrays(ids, batch))).map((row) => row.id));

    const conflicted: number[] = [];
    pending.forEach((index, i) => {
      const id = ids[i] as string;
      if (inserted.has(id)) results[index] = { id, created: true };
      else conflicted.push(index);
    });
    if (conflicted.length === 0) break;

    const keys = [...new Set(conflicted.map((index) => jobs[index]?.dedupeKey as string))];
    const live = await tx.$queryRawUnsafe<{ id: string; dedupeKey: string }[]>(FIND_BY_DEDUPE_KEYS, keys);
    const byKey = new Map(live.map((row) => [row.dedupeKey, row.id]));
    pending = [];
    for (const index of conflicted) {
      const existing = byKey.get(jobs[index]?.dedupeKey as string);
      if (existing) results[index] = { id: existing, created: false };
      else pending.push(index);
    }
  }

  return results.map((result) => {
    if (!result) throw new Error("insertJobs: a dedupe key kept changing hands; try again");
    return result;
  });
}

/** Inserts one job of any kind (see insertJobs). */
export async function insertJob(tx: DatabaseTransaction, job: EnqueueJobInput): Promise<EnqueuedJob> {
  const [result] = await insertJobs(tx, [job]);
  if (!result) throw new Error("insertJob: nothing was enqueued");
  return result;
}

/**
 * Enqueues jobs made by jobRequest (a notification fan-out: push and Apprise together)
 * in one statement, in the caller's transaction.
 */
export function enqueueJobs(tx: DatabaseTransaction, requests: readonly JobRequest[]): Promise<EnqueuedJob[]> {
  return insertJobs(tx, requests);
}

/** Enqueues one job of a definition, its payload checked against the definition's schema. */
export async function enqueueJob<S extends z.ZodType>(
  tx: DatabaseTransaction,
  definition: JobDefinition<S>,
  payload: z.input<S>,
  options?: JobOptions,
): Promise<EnqueuedJob> {
  return insertJob(tx, jobRequest(definition, payload, options));
}
