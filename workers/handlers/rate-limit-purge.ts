/**
 * Hourly: deletes rate-limit buckets whose window ended long ago
 * (lib/server/rate-limit.ts), so the table holds only live counts.
 */
import { rateLimitPurgeJob } from "@/lib/server/jobs/jobs";
import { handleJob } from "@/lib/server/jobs/job-handler";
import { purgeExpiredRateLimits } from "@/lib/server/rate-limit";

export const rateLimitPurgeHandler = handleJob(rateLimitPurgeJob, {
  async run(_payload, { logger, job }) {
    const deleted = await purgeExpiredRateLimits(new Date());
    logger.info("rate limit purge done", { jobId: job.id, deleted });
  },
});
