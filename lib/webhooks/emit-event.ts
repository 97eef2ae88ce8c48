/**
 * Emits a webhook event: one delivery job per enabled endpoint of the household that
 * subscribes to the type, enqueued in the caller's transaction, so a message goes out
 * if and only if the change it reports committed.
 */
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { enqueueWebhookAttempts } from "./delivery-job";
import type { WebhookEventType } from "./event-types";
import { newMessageId } from "./sign-payload";

export interface WebhookEvent {
  type: WebhookEventType;
  data: unknown;
}

export interface EmittedEvent {
  eventId: string;
  jobIds: string[];
}

export async function emitWebhookEvent(
  tx: DatabaseTransaction,
  householdId: string,
  event: WebhookEvent,
  options: { onlyEndpointId?: string; now?: Date } = {},
): Promise<EmittedEvent> {
  const now = options.now ?? new Date();
  const endpoints = await tx.webhookEndpoint.findMany({
    where: {
      householdId,
      enabled: true,
      ...(options.onlyEndpointId
        ? { id: options.onlyEndpointId }
        : { OR: [{ eventTypes: { isEmpty: true } }, { eventTypes: { has: event.type } }] }),
    },
    select: { id: true },
  });
  const eventId = newMessageId();
  const body = JSON.stringify({ type: event.type, timestamp: now.toISOString(), data: event.data });
  const jobs = await enqueueWebhookAttempts(
    tx,
    householdId,
    endpoints.map((e) => ({ endpointId: e.id, eventId, eventType: event.type, body, attempt: 1 })),
    now,
  );
  return { eventId, jobIds: jobs.map((j) => j.id) };
}
