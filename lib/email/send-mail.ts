/**
 * Hands one rendered e-mail to SMTP, or, with no SMTP configured, writes it to the
 * outbox (OutboxMessage) for the app to show. Callers go through the send-email job,
 * which makes this at most once per recipient (runOnce).
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { mailConfig, type MailConfig } from "./mail-config";
import type { RenderedEmail } from "./templates/email-template";

const SMTP_TIMEOUT_MS = 15_000;

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    const url = new URL(smtpUrl);
    transport = nodemailer.createTransport({
      host: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
      secure: url.protocol === "smtps:",
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  householdId?: string | null;
}

export type SendMailResult = { via: "smtp"; messageId: string } | { via: "outbox"; outboxId: string };

export async function sendMail(tx: DatabaseTransaction, email: OutgoingEmail, config: MailConfig = mailConfig()): Promise<SendMailResult> {
  if (!config.smtpUrl) {
    const row = await tx.outboxMessage.create({
      data: { householdId: email.householdId ?? null, to: email.to, subject: email.subject, html: email.html, text: email.text },
    });
    return { via: "outbox", outboxId: row.id };
  }
  const info = await transportFor(config.smtpUrl).sendMail({
    from: config.from,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
  });
  return { via: "smtp", messageId: String(info.messageId) };
}

/** Closes pooled SMTP connections (tests, shutdown). */
export function closeMailTransports(): void {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}
