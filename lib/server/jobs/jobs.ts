/** The system's own job kinds (lib/server/jobs/job-definition.ts says what a definition is). */
import "server-only";
import { z } from "zod";
import { defineJob } from "./job-definition";

/** Does nothing (optionally for a while): what tests and benchmarks measure the queue with. */
export const noopJob = defineJob({ kind: "noop", payload: z.object({ delayMs: z.number().int().min(0).max(600_000).optional() }).loose() });

/** Hourly: deletes rate-limit buckets whose window ended long ago (lib/server/rate-limit.ts). */
export const rateLimitPurgeJob = defineJob({
  kind: "rate-limit-purge",
  payload: z.object({ slotStart: z.iso.datetime().optional() }).loose(),
  maxAttempts: 3,
});
