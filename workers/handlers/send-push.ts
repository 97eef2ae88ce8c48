/** Delivers one notification by Web Push to all its user's devices (lib/notifications/deliver-push.ts). */
import { z } from "zod";
import { deliverPush } from "@/lib/notifications/deliver-push";
import { defineJobHandler } from "@/lib/server/jobs/job-handler";

export const ZSendPushJob = z.object({ notificationId: z.uuid() });

export const sendPushHandler = defineJobHandler({
  payload: ZSendPushJob,
  async run(payload, { job, signal, logger }) {
    const result = await deliverPush(payload.notificationId, { jobId: job.id, signal, logger });
    logger.info("send-push", { jobId: job.id, notificationId: payload.notificationId, ...result });
  },
});
