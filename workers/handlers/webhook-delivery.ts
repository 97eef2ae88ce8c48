/** Delivers one attempt of one webhook message (lib/webhooks/deliver-webhook.ts says how). */
import { defineJobHandler } from "@/lib/server/jobs/job-handler";
import { ZWebhookDeliveryJob } from "@/lib/webhooks/delivery-job";
import { deliverWebhook } from "@/lib/webhooks/deliver-webhook";

export const webhookDeliveryHandler = defineJobHandler({
  payload: ZWebhookDeliveryJob,
  async run(payload, { job, signal, logger }) {
    const outcome = await deliverWebhook(payload, { jobId: job.id, signal });
    logger.info("webhook attempt", { jobId: job.id, endpointId: payload.endpointId, eventId: payload.eventId, attempt: payload.attempt, outcome });
  },
});
