/**
 * Does nothing (optionally for a while): the job kind tests and benchmarks measure
 * the queue itself with.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { defineJobHandler } from "@/lib/server/jobs/job-handler";

export const noopHandler = defineJobHandler({
  payload: z.object({ delayMs: z.number().int().min(0).max(600_000).optional() }).loose(),
  async run({ delayMs }, { signal }) {
    if (delayMs) await sleep(delayMs, undefined, { signal });
  },
});
