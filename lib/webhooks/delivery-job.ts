/**
 * One job per delivery attempt of one message to one endpoint (kind
 * "webhook-delivery"). A failed attempt schedules the next as a new job at the time the
 * Standard Webhooks schedule says, instead of relying on the queue's generic backoff.
 */
import "server-only";
import type { z } from "zod";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { enqueueJobs, type EnqueuedJob } from "@/lib/server/jobs/enqueue-job";
import { jobRequest } from "@/lib/server/jobs/job-definition";
import { WEBHOOK_ATTEMPT_DELAYS_MS, webhookDeliveryJob } from "./jobs";

export { WEBHOOK_ATTEMPT_DELAYS_MS, WEBHOOK_MAX_ATTEMPTS } from "./jobs";

export const WEBHOOK_DELIVERY_JOB = webhookDeliveryJob.kind;
export const ZWebhookDeliveryJob = webhookDeliveryJob.payload;
export type TWebhookDeliveryJob = z.infer<typeof ZWebhookDeliveryJob>;

/** Enqueues attempts in the caller's transaction; each runs at its schedule's delay from `from`. */
export function enqueueWebhookAttempts(
  tx: DatabaseTransaction,
  householdId: string,
  attempts: TWebhookDeliveryJob[],
  from = new Date(),
): Promise<EnqueuedJob[]> {
  return enqueueJobs(
    tx,
    attempts.map((payload) =>
      jobRequest(webhookDeliveryJob, payload, {
        householdId,
        runAt: new Date(from.getTime() + (WEBHOOK_ATTEMPT_DELAYS_MS[payload.attempt - 1] ?? 0)),
        dedupeKey: `webhook:${payload.endpointId}:${payload.eventId}:${payload.attempt}`,
      }),
    ),
  );
}
