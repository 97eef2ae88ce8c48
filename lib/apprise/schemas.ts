/** The Apprise API contract (app/api/apprise). */
import { z } from "zod";
import { zText } from "@/lib/server/validation/input";

export const APPRISE_URL_MAX_LENGTH = 2048;

/**
 * One Apprise URL (`tgram://bottoken/chatid`, `mailto://...`). Only its shape is checked:
 * Apprise knows its ~100 schemes, we do not. Starting with a letter also keeps it from
 * ever being read as a command-line option by the `apprise` CLI.
 */
export const ZAppriseUrl = zText()
  .max(APPRISE_URL_MAX_LENGTH)
  .regex(/^[a-z][a-z0-9+.-]{0,31}:\/\/\S+$/i, { message: "must look like scheme://... with no whitespace" });

export const ZAppriseScope = z.enum(["me", "household"]);

export const ZCreateAppriseTarget = z.object({
  url: ZAppriseUrl,
  label: zText().trim().min(1).max(100),
  scope: ZAppriseScope.default("me"),
});
export type TCreateAppriseTarget = z.input<typeof ZCreateAppriseTarget>;

export const ZAppriseTargetOut = z.object({
  id: z.uuid(),
  label: z.string(),
  scope: ZAppriseScope,
  /** Only the scheme: the rest of an Apprise URL is credentials. */
  maskedUrl: z.string(),
  createdAt: z.iso.datetime(),
});
export type TAppriseTargetOut = z.infer<typeof ZAppriseTargetOut>;

export const ZTestApprise = z.object({
  /** Omitted: every target you manage. */
  targetId: z.uuid().optional(),
});
export type TTestApprise = z.input<typeof ZTestApprise>;

export const ZAppriseTestOut = z.object({ ok: z.boolean(), detail: z.string() });
export type TAppriseTestOut = z.infer<typeof ZAppriseTestOut>;

export const ZAppriseStatusOut = z.object({
  /** How this server reaches Apprise: an Apprise API server, the `apprise` command, or neither (null: nothing can be sent). */
  transport: z.enum(["api", "cli"]).nullable(),
});
export type TAppriseStatusOut = z.infer<typeof ZAppriseStatusOut>;
