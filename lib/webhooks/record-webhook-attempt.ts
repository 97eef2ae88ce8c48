/**
 * Records one delivery attempt in a single statement: runOnce's JobDelivery row (keyed by
 * job and recipient), the WebhookDelivery log row, and the endpoint's consecutive-failure
 * count. The log row and the count change only when the JobDelivery row was inserted
 * here, so the guarantee is runOnce's: once an attempt is recorded, no later run of the
 * job records (or schedules) it again, and a concurrent run waits on the key, then finds
 * it taken. One statement instead of a transaction of five round trips (BEGIN, three
 * writes, COMMIT) is what a successful delivery costs in the database.
 *
 * A success resets the count only when it is not already 0: concurrent deliveries to one
 * healthy endpoint then do not queue on a write lock of its row, nor rewrite it per
 * message (so its updatedAt moves with changes and failures, not with every delivery).
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { newJobId } from "@/lib/server/jobs/job-id";

/** What the attempt does to the endpoint's consecutive-failure count. */
export type FailureCountChange = "reset" | "increment" | "keep";

export interface WebhookAttemptRecord {
  jobId: string;
  recipientKey: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  payload: string;
  attempt: number;
  status: "SUCCEEDED" | "FAILED";
  responseCode: number | null;
  error: string | null;
  durationMs: number;
  failureCount: FailureCountChange;
}

export type RecordedAttempt =
  | { ran: false }
  | {
      ran: true;
      /** The count after this attempt; null when it was left alone ("keep", or a reset of a count already at 0). */
      consecutiveFailures: number | null;
    };

export async function recordWebhookAttempt(client: DatabaseTransaction, record: WebhookAttemptRecord): Promise<RecordedAttempt> {
  // Made here like every id in the schema (Prisma's uuid(7)): the log pages by id, newest first.
  const deliveryId = newJobId();
  const rows = await client.$queryRaw<{ ran: boolean; consecutiveFailures: number | null }[]>`
    WITH recorded AS (
      INSERT INTO "JobDelivery" ("jobId", "recipientKey")
      VALUES (${record.jobId}::uuid, ${record.recipientKey})
      ON CONFLICT DO NOTHING
      RETURNING 1
    ), logged AS (
      INSERT INTO "WebhookDelivery" (id, "endpointId", "eventId", "eventType", payload, attempt, status, "responseCode", "durationMs", error)
      SELECT ${deliveryId}::uuid, ${record.endpointId}::uuid, ${record.eventId}, ${record.eventType}, ${record.payload},
             ${record.attempt}::int, ${record.status}::"WebhookDeliveryStatus", ${record.responseCode}::int, ${record.durationMs}::int, ${record.error}
      FROM recorded
      RETURNING 1
    ), counted AS (
      UPDATE "WebhookEndpoint"
      SET "consecutiveFailures" = CASE WHEN ${record.failureCount} = 'reset' THEN 0 ELSE "consecutiveFailures" + 1 END,
          "updatedAt" = now()
      WHERE id = ${record.endpointId}::uuid
        AND EXISTS (SELECT 1 FROM recorded)
        AND (${record.failureCount} = 'increment' OR (${record.failureCount} = 'reset' AND "consecutiveFailures" <> 0))
      RETURNING "consecutiveFailures"
    )
    SELECT EXISTS (SELECT 1 FROM recorded) AS ran, (SELECT "consecutiveFailures" FROM counted) AS "consecutiveFailures"`;
  const row = rows[0];
  return row?.ran ? { ran: true, consecutiveFailures: row.consecutiveFailures } : { ran: false };
}
