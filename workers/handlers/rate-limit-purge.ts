/**
 * Hourly: deletes rate-limit buckets whose window ended long ago
 * (lib/server/rate-limit.ts), so the table holds only live counts.
 */
import { z } from "zod";
import { defineJobHandler } from "@/lib/server/jobs/job-handler";
import { purgeExpiredRateLimits } from "@/lib/server/rate-limit";

export const rateLimitPurgeHandler = defineJobHandler({
  payload: z.object({ slotStart: z.iso.datetime().optional() }).loose(),
  async run(_payload, { logger, job }) {
    const deleted = await purgeExpiredRateLimits(new Date());
    logger.info("rate limit purge done", { jobId: job.id, deleted });
  },
});
