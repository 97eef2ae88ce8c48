/** Delivers one notification through Apprise (lib/apprise/deliver-apprise.ts). */
import { ZSendAppriseJob } from "@/lib/apprise/apprise-job";
import { deliverApprise } from "@/lib/apprise/deliver-apprise";
import { defineJobHandler } from "@/lib/server/jobs/job-handler";

export const sendAppriseHandler = defineJobHandler({
  payload: ZSendAppriseJob,
  async run(payload, { job, signal, logger }) {
    const result = await deliverApprise(payload, { jobId: job.id, signal, logger });
    logger.info("send-apprise", { jobId: job.id, notificationId: payload.notificationId, ...result });
  },
});
