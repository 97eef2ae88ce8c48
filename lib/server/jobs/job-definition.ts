/**
 * A job kind is one object: its name, the zod schema of its payload and its retry
 * policy. Domain code enqueues a definition with a payload of that schema's type
 * (`enqueueJob(tx, sendEmailJob, {...})`); the worker binds each definition to its
 * handler (workers/handlers/index.ts). Definitions live in `lib/<domain>/jobs.ts`, so
 * the web process never imports worker code; workers/job-registry.test.ts fails when a
 * definition has no handler.
 */
import "server-only";
import type { z } from "zod";
import type { EnqueueJobInput } from "./enqueue-job";

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  readonly kind: string;
  readonly payload: S;
  /** Attempts before the job is DEAD (listed under /api/admin/jobs, replayable). */
  readonly maxAttempts: number;
}

export function defineJob<S extends z.ZodType>(definition: { kind: string; payload: S; maxAttempts?: number }): JobDefinition<S> {
  return { maxAttempts: 10, ...definition };
}

export interface JobOptions {
  /** Not claimable before this instant (default: now). */
  runAt?: Date;
  /** While a job with this key is pending or running, enqueueing it again adds nothing. */
  dedupeKey?: string;
  /** The household the job works for: its admins see it if it fails. */
  householdId?: string;
  /** Overrides the definition's policy for this one job. */
  maxAttempts?: number;
}

declare const checked: unique symbol;
/** A job whose payload parsed against its definition: the only thing enqueueJobs takes. */
export type JobRequest = EnqueueJobInput & { readonly [checked]: true };

/** Checks the payload against the definition (a bug if it fails: it throws) and makes the request. */
export function jobRequest<S extends z.ZodType>(definition: JobDefinition<S>, payload: z.input<S>, options: JobOptions = {}): JobRequest {
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success) throw new Error(`${definition.kind}: the payload does not fit its definition: ${parsed.error.message}`);
  return { kind: definition.kind, payload, maxAttempts: definition.maxAttempts, ...options } as JobRequest;
}
