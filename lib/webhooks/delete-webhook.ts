import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";

/** Deletes the endpoint and its delivery log; queued attempts find it gone and send nothing. */
export async function deleteWebhook(auth: AuthContext, endpointId: string): Promise<void> {
  const { count } = await db().webhookEndpoint.deleteMany({ where: { id: endpointId, householdId: auth.householdId } });
  if (count === 0) throw notFound("Webhook");
}
