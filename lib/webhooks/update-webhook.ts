import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, Prisma } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { assertWebhookUrlAllowed } from "./check-webhook-url";
import { ZUpdateWebhook, type TUpdateWebhook, type TWebhookOut } from "./schemas";
import { webhookOut } from "./webhook-out";

export async function updateWebhook(auth: AuthContext, endpointId: string, input: TUpdateWebhook): Promise<TWebhookOut> {
  const data = ZUpdateWebhook.parse(input);
  if (data.url) assertWebhookUrlAllowed(data.url);
  try {
    const endpoint = await db().webhookEndpoint.update({
      where: { id: endpointId, householdId: auth.householdId },
      data: {
        url: data.url,
        description: data.description,
        eventTypes: data.eventTypes && [...new Set(data.eventTypes)],
        // Re-enabling starts afresh; disabling by hand says so.
        ...(data.enabled === true && { enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0 }),
        ...(data.enabled === false && { enabled: false, disabledReason: "Disabled by a household admin", disabledAt: new Date() }),
      },
    });
    return webhookOut(endpoint);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw notFound("Webhook");
    throw error;
  }
}
