/**
 * Mail settings from the environment. SMTP_URL is `smtp://user:pass@host:587` (STARTTLS
 * when offered) or `smtps://...:465` (TLS from the start); without it, mail is kept in
 * the outbox table for the app to show instead of being sent.
 */
import "server-only";
import { configFrom, type EnvRecord } from "@/lib/server/config/config";

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
  appUrl: string;
}

/** The given environment's mail settings, else this process's configuration (lib/server/config). */
export function mailConfig(env?: EnvRecord): MailConfig {
  const c = configFrom(env);
  return { smtpUrl: c.SMTP_URL, from: c.SMTP_FROM, appUrl: c.APP_URL.replace(/\/+$/, "") };
}
