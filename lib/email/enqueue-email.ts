/** Queues an e-mail (kind "send-email") in the caller's transaction: sent if and only if the cause commits. */
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { enqueueJob, type EnqueuedJob } from "@/lib/server/jobs/enqueue-job";
import type { EmailTemplateName, EmailTemplateProps } from "./templates";

export const SEND_EMAIL_JOB = "send-email";

export interface EmailRequest<N extends EmailTemplateName> {
  to: string;
  template: N;
  props: EmailTemplateProps<N>;
  householdId?: string;
  /** Enqueueing the same key again while the job is pending adds nothing (e.g. `warranty:<asset>:<date>:<user>`). */
  dedupeKey?: string;
}

export function enqueueEmail<N extends EmailTemplateName>(tx: DatabaseTransaction, request: EmailRequest<N>): Promise<EnqueuedJob> {
  return enqueueJob(tx, {
    kind: SEND_EMAIL_JOB,
    payload: { to: request.to, template: request.template, props: request.props, householdId: request.householdId ?? null },
    householdId: request.householdId,
    maxAttempts: 8,
    dedupeKey: request.dedupeKey,
  });
}
