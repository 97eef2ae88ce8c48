/**
 * Renders and sends one e-mail. The send is recorded with runOnce keyed by recipient,
 * so a job that runs again after it committed never mails twice; an SMTP failure rolls
 * the record back and the job retries with backoff.
 */
import { EMAIL_TEMPLATES } from "@/lib/email/templates";
import type { EmailTemplate } from "@/lib/email/templates/email-template";
import { sendEmailJob } from "@/lib/email/jobs";
import { mailConfig } from "@/lib/email/mail-config";
import { sendMail } from "@/lib/email/send-mail";
import { db } from "@/lib/server/db/client";
import { handleJob, PermanentJobError } from "@/lib/server/jobs/job-handler";
import { runOnce } from "@/lib/server/jobs/run-once";

export const sendEmailHandler = handleJob(sendEmailJob, {
  async run(payload, { job, logger }) {
    const template: EmailTemplate<unknown> = EMAIL_TEMPLATES[payload.template] as EmailTemplate<unknown>;
    const props = template.props.safeParse(payload.props);
    if (!props.success) throw new PermanentJobError(`send-email: props do not fit template ${payload.template}: ${props.error.message}`);
    const config = mailConfig();
    const rendered = await template.render(props.data, { appUrl: config.appUrl });
    const result = await db().$transaction(
      (tx) =>
        runOnce(tx, job.id, `email:${payload.to.toLowerCase()}`, () =>
          sendMail(tx, { ...rendered, to: payload.to, householdId: payload.householdId }, config),
        ),
      { timeout: 60_000 },
    );
    logger.info("send-email", { jobId: job.id, template: payload.template, sent: result.ran, via: result.ran ? result.value.via : null });
  },
});
