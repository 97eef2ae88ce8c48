/**
 * Switches a webhook endpoint off because deliveries failed, and tells the members who
 * can switch it back on (webhook:manage: owners and admins) through notify(): in-app
 * plus each one's chosen channels.
 *
 * Runs in the caller's transaction, so the notice exists if and only if the disabling
 * commits. Only an endpoint that is still enabled is switched off: when two failing
 * deliveries race, the second waits on the row lock, then finds it disabled and tells
 * no one again. The notice's key names this disabling (endpoint and instant), so
 * notifying twice about it is a no-op, while a later disabling after a re-enable is news.
 */
import "server-only";
import { notify } from "@/lib/notifications/notify";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { PERMISSIONS } from "@/lib/core/permissions";

/** The page where the notice's reader can see why and switch the endpoint back on. */
export const WEBHOOK_SETTINGS_PATH = "/settings/webhooks";

export interface DisableWebhookEndpointInput {
  endpoint: { id: string; householdId: string; url: string; description: string };
  reason: string;
  now?: Date;
}

/** True when this call disabled the endpoint; false when it was already disabled. */
export async function disableWebhookEndpoint(tx: DatabaseTransaction, input: DisableWebhookEndpointInput): Promise<boolean> {
  const { endpoint, reason } = input;
  const now = input.now ?? new Date();
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { id: endpoint.id, householdId: endpoint.householdId, enabled: true },
    data: { enabled: false, disabledReason: reason, disabledAt: now },
  });
  if (count === 0) return false;

  const managers = await tx.membership.findMany({
    where: { householdId: endpoint.householdId, role: { in: [...PERMISSIONS["webhook:manage"]] } },
    select: { userId: true },
  });
  // The host only: a webhook URL's path and query often carry a token.
  const name = endpoint.description.trim() || new URL(endpoint.url).host;
  await notify(tx, {
    householdId: endpoint.householdId,
    userIds: managers.map((m) => m.userId),
    type: "WEBHOOK_DISABLED",
    title: `Webhook switched off: ${name}`,
    body: `${reason}. No more events are sent to it until someone re-enables it in Settings.`,
    url: WEBHOOK_SETTINGS_PATH,
    dedupeKey: `webhook-disabled:${endpoint.id}:${now.toISOString()}`,
    now,
  });
  return true;
}
