import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { ZListWebhookDeliveriesQuery, type TListWebhookDeliveriesQuery, type TWebhookDeliveryPage } from "./schemas";
import { webhookDeliveryOut } from "./webhook-out";

/** The endpoint's delivery log, newest first (ids are time-ordered UUIDv7s, so the cursor is the last id). */
export async function listWebhookDeliveries(
  auth: AuthContext,
  endpointId: string,
  input: TListWebhookDeliveriesQuery,
): Promise<TWebhookDeliveryPage> {
  const { cursor, limit } = ZListWebhookDeliveriesQuery.parse(input);
  const endpoint = await db().webhookEndpoint.findFirst({ where: { id: endpointId, householdId: auth.householdId }, select: { id: true } });
  if (!endpoint) throw notFound("Webhook");
  const rows = await db().webhookDelivery.findMany({
    where: { endpointId, endpoint: { householdId: auth.householdId }, ...(cursor && { id: { lt: cursor } }) },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return { items: page.map(webhookDeliveryOut), nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
