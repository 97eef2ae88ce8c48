/**
 * What one delivery attempt needs to know before it sends, in one round trip: the
 * endpoint (only while it is enabled) and whether this job already recorded its attempt
 * (runOnce's JobDelivery row), so a job that runs again after its attempt committed does
 * not send a second time.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";

export interface DeliveryTarget {
  id: string;
  householdId: string;
  url: string;
  description: string;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: Date | null;
  /** This job's attempt is already recorded: nothing more to do. */
  recorded: boolean;
}

/** Null when the endpoint was deleted or disabled since the message was queued. */
export async function readDeliveryTarget(
  client: DatabaseTransaction,
  input: { endpointId: string; jobId: string; recipientKey: string },
): Promise<DeliveryTarget | null> {
  const rows = await client.$queryRaw<DeliveryTarget[]>`
    SELECT e.id::text AS id, e."householdId"::text AS "householdId", e.url, e.description,
           e."secretSealed", e."previousSecretSealed", e."previousSecretExpiresAt",
           EXISTS (
             SELECT 1 FROM "JobDelivery" d WHERE d."jobId" = ${input.jobId}::uuid AND d."recipientKey" = ${input.recipientKey}
           ) AS recorded
    FROM "WebhookEndpoint" e
    WHERE e.id = ${input.endpointId}::uuid AND e.enabled`;
  return rows[0] ?? null;
}
