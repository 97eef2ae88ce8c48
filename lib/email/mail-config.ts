/**
 * Mail settings from the environment. SMTP_URL is `smtp://user:pass@host:587` (STARTTLS
 * when offered) or `smtps://...:465` (TLS from the start); without it, mail is kept in
 * the outbox table for the app to show instead of being sent.
 */
import "server-only";
import { z } from "zod";

export const ZMailEnv = z.object({
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_FROM: z.string().trim().min(3).default("DumbAssets <dumbassets@localhost>"),
  APP_URL: z.url().default("http://localhost:3000"),
});

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
  appUrl: string;
}

export function mailConfig(env: Readonly<Record<string, string | undefined>> = process.env): MailConfig {
  const parsed = ZMailEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `Invalid configuration: ${i.path.join(".")} ${i.message}`).join("\n"));
  }
  return { smtpUrl: parsed.data.SMTP_URL, from: parsed.data.SMTP_FROM, appUrl: parsed.data.APP_URL.replace(/\/+$/, "") };
}
