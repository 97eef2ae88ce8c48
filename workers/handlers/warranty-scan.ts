/**
 * The daily warranty scan: reminds members of warranties expiring on one of their
 * household's lead days (lib/notifications/warranty-reminders.ts). Safe to run twice:
 * each reminder is keyed per asset, expiry, lead day and user.
 */
import { sendWarrantyReminders } from "@/lib/events/warranty-reminders";
import { warrantyScanJob } from "@/lib/notifications/jobs";
import { handleJob } from "@/lib/server/jobs/job-handler";

export const warrantyScanHandler = handleJob(warrantyScanJob, {
  async run(_payload, { logger, job }) {
    const result = await sendWarrantyReminders(new Date());
    logger.info("warranty scan done", { jobId: job.id, ...result });
  },
});
