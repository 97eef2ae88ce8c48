/**
 * What a job handler is. Each kind has one handler (workers/handlers/<kind>.ts); the
 * worker claims only the kinds in its registry, so a process that does not know a
 * kind (an older version mid-deploy) leaves those jobs to one that does.
 */
import type { z } from "zod";
import type { logger } from "@/lib/server/logger";

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: unknown;
  /** This attempt's number, starting at 1. */
  attempts: number;
  maxAttempts: number;
  householdId: string | null;
  runAt: Date;
  createdAt: Date;
}

export interface JobContext {
  job: ClaimedJob;
  /**
   * Aborted when this worker no longer owns the job: its lease was reclaimed, or the
   * shutdown deadline passed and the job was handed back. Long handlers should pass it
   * to fetch() and check it between steps; whatever they do after it fires may be
   * repeated by the next owner, which is why side effects go through runOnce.
   */
  signal: AbortSignal;
  logger: typeof logger;
}

export interface JobHandler<P = unknown> {
  /** Parses the stored payload; a payload that does not parse fails the job permanently. */
  payload: z.ZodType<P>;
  /** Resolves when done; throws to retry with backoff (or PermanentJobError to stop). */
  run(payload: P, context: JobContext): Promise<void>;
}

/** Kind -> handler. */
export type JobHandlerRegistry = Readonly<Record<string, JobHandler>>;

/** Declares a handler; the payload type comes from its schema. */
export function defineJobHandler<P>(handler: JobHandler<P>): JobHandler<P> {
  return handler;
}

/** Thrown by a handler when retrying cannot help (bad input, a deleted record): the job goes DEAD at once. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}
