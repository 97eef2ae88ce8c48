import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import type { TWebhookOut } from "./schemas";
import { webhookOut } from "./webhook-out";

export async function listWebhooks(auth: AuthContext): Promise<TWebhookOut[]> {
  const endpoints = await db().webhookEndpoint.findMany({ where: { householdId: auth.householdId }, orderBy: { id: "asc" } });
  return endpoints.map(webhookOut);
}
