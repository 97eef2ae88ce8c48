import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import type { TWebhookWithSecretOut } from "./schemas";
import { generateWebhookSecret } from "./sign-payload";
import { webhookOut } from "./webhook-out";
import { SECRET_ROTATION_OVERLAP_MS, sealWebhookSecret } from "./webhook-secrets";

/**
 * Replaces the signing secret and returns the new one (this once). For
 * SECRET_ROTATION_OVERLAP_MS messages are signed with both, so the receiver can switch
 * over without rejecting any. One statement: PostgreSQL's SET reads the old values, so
 * the current secret becomes the previous one with no window for a concurrent rotation.
 */
export async function rotateWebhookSecret(auth: AuthContext, endpointId: string, now = new Date()): Promise<TWebhookWithSecretOut> {
  const secret = generateWebhookSecret();
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE "WebhookEndpoint"
    SET "previousSecretSealed" = "secretSealed",
        "secretSealed" = ${sealWebhookSecret(secret)},
        "previousSecretExpiresAt" = ${new Date(now.getTime() + SECRET_ROTATION_OVERLAP_MS)},
        "updatedAt" = ${now}
    WHERE id = ${endpointId}::uuid AND "householdId" = ${auth.householdId}::uuid
    RETURNING id`;
  if (rows.length === 0) throw notFound("Webhook");
  const endpoint = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId, householdId: auth.householdId } });
  return { ...webhookOut(endpoint), secret };
}
