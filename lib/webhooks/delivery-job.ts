/**
 * One job per delivery attempt of one message to one endpoint (kind
 * "webhook-delivery"). A failed attempt schedules the next as a new job at the time the
 * Standard Webhooks schedule says, instead of relying on the queue's generic backoff.
 */
import { z } from "zod";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { enqueueJobs, type EnqueuedJob } from "@/lib/server/jobs/enqueue-job";

export const WEBHOOK_DELIVERY_JOB = "webhook-delivery";

/** Delay before each attempt: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const WEBHOOK_ATTEMPT_DELAYS_MS = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_ATTEMPT_DELAYS_MS.length;

export const ZWebhookDeliveryJob = z.object({
  endpointId: z.uuid(),
  eventId: z.string().min(1),
  eventType: z.string().min(1),
  /** The exact body: every attempt sends (and signs) the same bytes. */
  body: z.string(),
  attempt: z.number().int().min(1).max(WEBHOOK_MAX_ATTEMPTS),
});
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
    attempts.map((payload) => ({
      kind: WEBHOOK_DELIVERY_JOB,
      payload,
      householdId,
      runAt: new Date(from.getTime() + (WEBHOOK_ATTEMPT_DELAYS_MS[payload.attempt - 1] ?? 0)),
      // Failures of the attempt itself (the database, not the receiver) retry a few times.
      maxAttempts: 3,
      dedupeKey: `webhook:${payload.endpointId}:${payload.eventId}:${payload.attempt}`,
    })),
  );
}
