/**
 * The household's enabled webhook endpoints and the event types each takes, read once
 * per transaction: a use case that emits many events in one transaction (a bulk change,
 * a reminder scan) then pays one lookup, not one per event. Outside a transaction
 * (the client itself) nothing is kept, since there is no end at which to forget it.
 *
 * Within a transaction the list is the one read at its first emit: an endpoint created
 * or re-enabled later in that same transaction misses its later events. An endpoint
 * deleted or disabled meanwhile is harmless: the delivery re-reads it and skips.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";

export interface EnabledEndpoint {
  id: string;
  /** Empty: every type. */
  eventTypes: string[];
}

const perTransaction = new WeakMap<DatabaseTransaction, Map<string, Promise<EnabledEndpoint[]>>>();

/** Prisma's interactive-transaction client lacks $connect (its ITX deny list); the root client has it. */
const isTransaction = (client: DatabaseTransaction) => !("$connect" in client);

function read(client: DatabaseTransaction, householdId: string): Promise<EnabledEndpoint[]> {
  return client.webhookEndpoint.findMany({ where: { householdId, enabled: true }, select: { id: true, eventTypes: true } });
}

export function enabledWebhookEndpoints(client: DatabaseTransaction, householdId: string): Promise<EnabledEndpoint[]> {
  if (!isTransaction(client)) return read(client, householdId);
  let byHousehold = perTransaction.get(client);
  if (!byHousehold) {
    byHousehold = new Map();
    perTransaction.set(client, byHousehold);
  }
  let endpoints = byHousehold.get(householdId);
  if (!endpoints) {
    endpoints = read(client, householdId);
    byHousehold.set(householdId, endpoints);
  }
  return endpoints;
}

/** Whether an endpoint takes events of this type. */
export const subscribesTo = (endpoint: EnabledEndpoint, type: string): boolean =>
  endpoint.eventTypes.length === 0 || endpoint.eventTypes.includes(type);
