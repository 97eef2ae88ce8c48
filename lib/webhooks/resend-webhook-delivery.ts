import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { enqueueWebhookAttempts } from "./delivery-job";
import type { TWebhookQueuedOut } from "./schemas";

/**
 * Sends a logged message again: same `webhook-id` and body (receivers deduplicate by
 * the id), freshly signed, starting the retry schedule over.
 */
export async function resendWebhookDelivery(auth: AuthContext, endpointId: string, deliveryId: string): Promise<TWebhookQueuedOut> {
  const delivery = await db().webhookDelivery.findFirst({
    where: { id: deliveryId, endpointId, endpoint: { householdId: auth.householdId } },
    include: { endpoint: { select: { enabled: true } } },
  });
  if (!delivery) throw notFound("Webhook delivery");
  if (!delivery.endpoint.enabled) throw new AppError("CONFLICT", "The webhook is disabled; enable it first.");
  const [job] = await enqueueWebhookAttempts(db(), auth.householdId, [
    { endpointId, eventId: delivery.eventId, eventType: delivery.eventType, body: delivery.payload, attempt: 1 },
  ]);
  if (!job) throw new Error("resendWebhookDelivery: nothing was enqueued");
  return { eventId: delivery.eventId, jobId: job.id };
}
