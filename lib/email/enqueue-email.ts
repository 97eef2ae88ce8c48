/** Queues an e-mail (sendEmailJob) in the caller's transaction: sent if and only if the cause commits. */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { enqueueJob, type EnqueuedJob } from "@/lib/server/jobs/enqueue-job";
import { sendEmailJob } from "./jobs";
import type { EmailTemplateName, EmailTemplateProps } from "./templates";

export const SEND_EMAIL_JOB = sendEmailJob.kind;

export interface EmailRequest<N extends EmailTemplateName> {
  to: string;
  template: N;
  props: EmailTemplateProps<N>;
  householdId?: string;
  /** Enqueueing the same key again while the job is pending adds nothing (e.g. `warranty:<asset>:<date>:<user>`). */
  dedupeKey?: string;
}

export function enqueueEmail<N extends EmailTemplateName>(tx: DatabaseTransaction, request: EmailRequest<N>): Promise<EnqueuedJob> {
  return enqueueJob(
    tx,
    sendEmailJob,
    { to: request.to, template: request.template, props: request.props, householdId: request.householdId ?? null },
    { householdId: request.householdId, dedupeKey: request.dedupeKey },
  );
}
