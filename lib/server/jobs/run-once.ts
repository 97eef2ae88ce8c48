/**
 * Idempotent side effects. A job can run more than once (its worker crashed after
 * sending, its lease was reclaimed while it was still running), so every side effect
 * a handler performs for a recipient is recorded in JobDelivery, keyed by
 * (job, recipient), inside the transaction that performs it.
 *
 * Guarantee: once a delivery committed, no later run of the job performs it again; a
 * concurrent run of the same job waits on the row lock of the first and then skips.
 * `fn` runs inside `tx`: if it throws, the record rolls back with it and a retry sends
 * again. The one window left is a crash after an external effect (an e-mail handed to
 * SMTP) but before commit; nothing short of the recipient deduplicating can close it.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";

export type RunOnceResult<T> = { ran: true; value: T } | { ran: false };

export async function runOnce<T>(
  tx: DatabaseTransaction,
  jobId: string,
  recipientKey: string,
  fn: () => Promise<T>,
): Promise<RunOnceResult<T>> {
  const { count } = await tx.jobDelivery.createMany({ data: [{ jobId, recipientKey }], skipDuplicates: true });
  if (count === 0) return { ran: false };
  return { ran: true, value: await fn() };
}
