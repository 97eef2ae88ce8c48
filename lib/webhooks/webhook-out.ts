import "server-only";
import type { WebhookDelivery, WebhookEndpoint } from "@/lib/server/db/client";
import type { TWebhookDeliveryOut, TWebhookOut } from "./schemas";

export function webhookOut(endpoint: WebhookEndpoint): TWebhookOut {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    disabledAt: endpoint.disabledAt?.toISOString() ?? null,
    consecutiveFailures: endpoint.consecutiveFailures,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt?.toISOString() ?? null,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}

export function webhookDeliveryOut(delivery: WebhookDelivery): TWebhookDeliveryOut {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    payload: delivery.payload,
    attempt: delivery.attempt,
    status: delivery.status,
    responseCode: delivery.responseCode,
    durationMs: delivery.durationMs,
    error: delivery.error,
    createdAt: delivery.createdAt.toISOString(),
  };
}
