import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { emitWebhookEvent } from "./emit-event";
import type { TWebhookQueuedOut } from "./schemas";

/** Queues a `webhook.test` message to this endpoint only, whatever types it subscribes to. */
export async function sendTestWebhook(auth: AuthContext, endpointId: string): Promise<TWebhookQueuedOut> {
  const endpoint = await db().webhookEndpoint.findFirst({
    where: { id: endpointId, householdId: auth.householdId },
    select: { enabled: true },
  });
  if (!endpoint) throw notFound("Webhook");
  if (!endpoint.enabled) throw new AppError("CONFLICT", "The webhook is disabled; enable it first.");
  const { eventId, jobIds } = await emitWebhookEvent(
    db(),
    auth.householdId,
    {
      type: "webhook.test",
      data: { message: "A test message from DumbAssets", householdId: auth.householdId, sentBy: auth.userId },
    },
    { onlyEndpointId: endpointId },
  );
  const [jobId] = jobIds;
  // Disabled between the check and the insert: nothing was queued.
  if (!jobId) throw new AppError("CONFLICT", "The webhook is disabled; enable it first.");
  return { eventId, jobId };
}
