/** Delivers one notification by Web Push to all its user's devices (lib/notifications/deliver-push.ts). */
import { deliverPush } from "@/lib/notifications/deliver-push";
import { sendPushJob } from "@/lib/notifications/jobs";
import { handleJob } from "@/lib/server/jobs/job-handler";

export const sendPushHandler = handleJob(sendPushJob, {
  async run(payload, { job, signal, logger }) {
    const result = await deliverPush(payload.notificationId, { jobId: job.id, signal, logger });
    logger.info("send-push", { jobId: job.id, notificationId: payload.notificationId, ...result });
  },
});
