/** The generic notification e-mail: any in-app notification, with a link to its page. */
import { z } from "zod";
import { defineEmailTemplate, escapeHtml, htmlLayout } from "./email-template";

export const ZNotificationEmailProps = z.object({
  householdName: z.string().min(1),
  title: z.string().min(1),
  body: z.string(),
  /** App-relative path ("/tasks/…"), or null when there is no page to open. */
  url: z.string().startsWith("/").nullable(),
});
export type TNotificationEmailProps = z.infer<typeof ZNotificationEmailProps>;

const FOOTER = "You get this because e-mail is on for this kind of notification in your DumbAssets settings.";

export const notificationEmail = defineEmailTemplate({
  props: ZNotificationEmailProps,
  render(props, { appUrl }) {
    const link = props.url ? `${appUrl}${props.url}` : null;
    const subject = `${props.title} (${props.householdName})`;
    const text = [props.title, "", ...(props.body ? [props.body, ""] : []), ...(link ? [`Open: ${link}`, ""] : []), FOOTER].join("\n");
    const html = htmlLayout(
      subject,
      `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(props.title)}</h1>
${props.body ? `<p style="margin:0 0 16px;white-space:pre-line">${escapeHtml(props.body)}</p>` : ""}
<p style="margin:0 0 16px;font-size:14px;color:#52525b">${escapeHtml(props.householdName)}</p>
${link ? `<p style="margin:0 0 24px"><a href="${escapeHtml(link)}" style="display:inline-block;background:#2563eb;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">Open in DumbAssets</a></p>` : ""}
<p style="margin:0;font-size:12px;color:#71717a">${escapeHtml(FOOTER)}</p>`,
    );
    return { subject, html, text };
  },
});
