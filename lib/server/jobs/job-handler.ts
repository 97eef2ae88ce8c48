/**
 * What a job handler is. Each kind has one handler (workers/handlers/<kind>.ts); the
 * worker claims only the kinds in its registry, so a process that does not know a
 * kind (an older version mid-deploy) leaves those jobs to one that does.
 */
import "server-only";
import type { z } from "zod";
import type { logger } from "@/lib/server/logger";
import type { JobDefinition } from "./job-definition";

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

/** Declares a handler for a kind of the queue's own tests; the payload type comes from its schema. */
export function defineJobHandler<P>(handler: JobHandler<P>): JobHandler<P> {
  return handler;
}

/** A handler bound to the definition it runs: the worker's registry is a list of these. */
export interface BoundJobHandler<S extends z.ZodType = z.ZodType> extends JobHandler<z.output<S>> {
  definition: JobDefinition<S>;
}

/** Binds the code that runs a kind to its definition (workers/handlers/<kind>.ts). */
export function handleJob<S extends z.ZodType>(
  definition: JobDefinition<S>,
  handler: Pick<JobHandler<z.output<S>>, "run">,
): BoundJobHandler<S> {
  return { definition, payload: definition.payload as z.ZodType<z.output<S>>, run: handler.run };
}

/** The registry of a list of bound handlers; two handlers for one kind is a bug. */
export function jobRegistry(handlers: readonly BoundJobHandler[]): JobHandlerRegistry {
  const registry: Record<string, JobHandler> = {};
  for (const handler of handlers) {
    if (registry[handler.definition.kind]) throw new Error(`Two handlers for job kind ${handler.definition.kind}`);
    registry[handler.definition.kind] = handler;
  }
  return registry;
}

/** Thrown by a handler when retrying cannot help (bad input, a deleted record): the job goes DEAD at once. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}
