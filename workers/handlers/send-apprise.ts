/** Delivers one notification through Apprise (lib/apprise/deliver-apprise.ts). */
import { deliverApprise } from "@/lib/apprise/deliver-apprise";
import { sendAppriseJob } from "@/lib/apprise/jobs";
import { handleJob } from "@/lib/server/jobs/job-handler";

export const sendAppriseHandler = handleJob(sendAppriseJob, {
  async run(payload, { job, signal, logger }) {
    const result = await deliverApprise(payload, { jobId: job.id, signal, logger });
    logger.info("send-apprise", { jobId: job.id, notificationId: payload.notificationId, ...result });
  },
});
