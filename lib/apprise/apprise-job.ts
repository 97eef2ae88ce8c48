/**
 * The send-apprise job: one per notified recipient who chose the APPRISE channel and
 * has somewhere to send it. Household targets are told once per event, not once per
 * recipient: exactly one of the event's jobs carries `includeHousehold`.
 * Each job runs at its recipient's `runAt` (after their quiet hours, like push); the
 * household's targets go with the carrier's job, so they wait for the carrier's.
 */
import "server-only";
import type { z } from "zod";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { jobRequest, type JobRequest } from "@/lib/server/jobs/job-definition";
import { sendAppriseJob } from "./jobs";

export const SEND_APPRISE_JOB = sendAppriseJob.kind;
export const ZSendAppriseJob = sendAppriseJob.payload;
export type TSendAppriseJob = z.infer<typeof ZSendAppriseJob>;

/** The jobs for the given fresh notifications (those whose channels include APPRISE). */
export async function appriseJobsFor(
  tx: DatabaseTransaction,
  householdId: string,
  notifications: readonly { id: string; userId: string; runAt: Date }[],
): Promise<JobRequest[]> {
  if (notifications.length === 0) return [];
  const targets = await tx.appriseTarget.findMany({
    where: { householdId, OR: [{ ownerUserId: { in: notifications.map((n) => n.userId) } }, { ownerUserId: null }] },
    select: { ownerUserId: true },
  });
  const owners = new Set(targets.map((t) => t.ownerUserId));
  let householdPending = owners.has(null);
  const jobs: JobRequest[] = [];
  for (const notification of notifications) {
    const includeHousehold = householdPending;
    if (!owners.has(notification.userId) && !includeHousehold) continue;
    householdPending = false;
    jobs.push(
      jobRequest(
        sendAppriseJob,
        { notificationId: notification.id, includeHousehold },
        { householdId, runAt: notification.runAt, dedupeKey: `notification-apprise:${notification.id}` },
      ),
    );
  }
  return jobs;
}
