/**
 * The daily warranty scan: reminds members of warranties expiring on one of their
 * household's lead days (lib/notifications/warranty-reminders.ts). Safe to run twice:
 * each reminder is keyed per asset, expiry, lead day and user.
 */
import { z } from "zod";
import { sendWarrantyReminders } from "@/lib/notifications/warranty-reminders";
import { defineJobHandler } from "@/lib/server/jobs/job-handler";

export const ZWarrantyScanPayload = z.object({ slotStart: z.iso.datetime().optional() }).loose();

export const warrantyScanHandler = defineJobHandler({
  payload: ZWarrantyScanPayload,
  async run(_payload, { logger, job }) {
    const result = await sendWarrantyReminders(new Date());
    logger.info("warranty scan done", { jobId: job.id, ...result });
  },
});
