/** The webhook channel's job kinds (lib/server/jobs/job-definition.ts says what a definition is). */
import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/server/jobs/job-definition";

/** Delay before each attempt: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const WEBHOOK_ATTEMPT_DELAYS_MS = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_ATTEMPT_DELAYS_MS.length;

const ZWebhookDeliveryJob = z.object({
  endpointId: z.uuid(),
  eventId: z.string().min(1),
  eventType: z.string().min(1),
  /** The exact body: every attempt sends (and signs) the same bytes. */
  body: z.string(),
  attempt: z.number().int().min(1).max(WEBHOOK_MAX_ATTEMPTS),
});

/**
 * One job per delivery attempt of one message to one endpoint. A failed attempt
 * schedules the next as a new job; failures of the attempt itself (the database, not
 * the receiver) retry a few times.
 */
export const webhookDeliveryJob = defineJob({ kind: "webhook-delivery", payload: ZWebhookDeliveryJob, maxAttempts: 3 });
