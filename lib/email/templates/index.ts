/** Every e-mail template, by the name send-email jobs refer to it with. */
import "server-only";
import type { EmailTemplate } from "./email-template";
import { invitationEmail } from "./invitation";
import { notificationEmail } from "./notification";
import { warrantyExpiringEmail } from "./warranty-expiring";

export const EMAIL_TEMPLATES = {
  notification: notificationEmail,
  "warranty-expiring": warrantyExpiringEmail,
  invitation: invitationEmail,
} as const;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailTemplateProps<N extends EmailTemplateName> = (typeof EMAIL_TEMPLATES)[N] extends EmailTemplate<infer P> ? P : never;
