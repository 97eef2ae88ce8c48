/** Delivers one attempt of one webhook message (lib/webhooks/deliver-webhook.ts says how). */
import { webhookDeliveryJob } from "@/lib/webhooks/jobs";
import { handleJob } from "@/lib/server/jobs/job-handler";
import { deliverWebhook } from "@/lib/webhooks/deliver-webhook";

export const webhookDeliveryHandler = handleJob(webhookDeliveryJob, {
  async run(payload, { job, signal, logger }) {
    const outcome = await deliverWebhook(payload, { jobId: job.id, signal });
    logger.info("webhook attempt", {
      jobId: job.id,
      endpointId: payload.endpointId,
      eventId: payload.eventId,
      attempt: payload.attempt,
      outcome,
    });
  },
});
