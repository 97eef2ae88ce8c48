/**
 * Emits a webhook event: one delivery job per enabled endpoint of the household that
 * subscribes to the type, enqueued in the caller's transaction with one insert, so a
 * message goes out if and only if the change it reports committed.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { enqueueWebhookAttempts } from "./delivery-job";
import { enabledWebhookEndpoints, subscribesTo } from "./enabled-endpoints";
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
  // One lookup per transaction, then a filter here (enabled-endpoints.ts); a test message goes to its one endpoint whatever it subscribes to.
  const enabled = await enabledWebhookEndpoints(tx, householdId);
  const endpoints = enabled.filter((e) => (options.onlyEndpointId ? e.id === options.onlyEndpointId : subscribesTo(e, event.type)));
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
