/**
 * Sends one notification to its recipient's Apprise targets (and the household's, when
 * the job carries them). Each target's send is recorded with runOnce in its own
 * transaction, so a retry after one target failed sends only to those not yet reached.
 */
import "server-only";
import { db } from "@/lib/server/db/client";
import { PermanentJobError } from "@/lib/server/jobs/job-handler";
import { runOnce } from "@/lib/server/jobs/run-once";
import type { logger as appLogger } from "@/lib/server/logger";
import { serverEnv } from "@/lib/server/env";
import { openAppriseUrl } from "./apprise-target";
import type { TSendAppriseJob } from "./apprise-job";
import { AppriseError, APPRISE_TIMEOUT_MS, sendApprise, type SendAppriseOptions } from "./send-apprise";

export interface DeliverAppriseContext extends SendAppriseOptions {
  jobId: string;
  logger: typeof appLogger;
  /** Base of the links in messages; defaults to APP_URL. */
  appUrl?: string;
}

export interface DeliverAppriseResult {
  sent: number;
  skipped: number;
}

export async function deliverApprise(job: TSendAppriseJob, context: DeliverAppriseContext): Promise<DeliverAppriseResult> {
  const result: DeliverAppriseResult = { sent: 0, skipped: 0 };
  const notification = await db().notification.findUnique({ where: { id: job.notificationId } });
  if (!notification) return result;
  const targets = await db().appriseTarget.findMany({
    where: {
      householdId: notification.householdId,
      OR: [{ ownerUserId: notification.userId }, ...(job.includeHousehold ? [{ ownerUserId: null }] : [])],
    },
    orderBy: { id: "asc" },
  });
  const link = notification.url ? new URL(notification.url, context.appUrl ?? serverEnv().APP_URL).toString() : null;
  const message = { title: notification.title, body: [notification.body, link].filter(Boolean).join("\n\n") || notification.title };
  const failures: AppriseError[] = [];

  for (const target of targets) {
    let url: string;
    try {
      url = openAppriseUrl(target.urlSealed);
    } catch (error) {
      context.logger.warn("send-apprise: target URL does not open; skipped", {
        jobId: context.jobId,
        targetId: target.id,
        reason: String(error),
      });
      result.skipped++;
      continue;
    }
    try {
      const outcome = await db().$transaction(
        (tx) => runOnce(tx, context.jobId, `apprise:${target.id}`, () => sendApprise([url], message, context)),
        // The send happens inside: allow it its whole timeout.
        { timeout: APPRISE_TIMEOUT_MS + 5_000 },
      );
      if (outcome.ran) result.sent++;
      else result.skipped++;
    } catch (error) {
      if (!(error instanceof AppriseError)) throw error;
      context.logger.warn("send-apprise: target failed", { jobId: context.jobId, targetId: target.id, reason: error.message });
      failures.push(error);
    }
  }
  if (failures.length > 0) {
    const summary = `${failures.length} of ${targets.length} Apprise target(s) failed: ${failures[0]?.message ?? ""}`;
    if (failures.every((f) => !f.retryable)) throw new PermanentJobError(summary);
    throw new Error(summary);
  }
  return result;
}
