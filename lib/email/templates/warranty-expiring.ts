import { z } from "zod";
import { defineEmailTemplate, escapeHtml, htmlLayout } from "./email-template";

export const ZWarrantyExpiringProps = z.object({
  householdName: z.string().min(1),
  assetId: z.uuid(),
  assetName: z.string().min(1),
  /** YYYY-MM-DD. */
  expiresOn: z.iso.date(),
  daysLeft: z.number().int().min(0),
});
export type TWarrantyExpiringProps = z.infer<typeof ZWarrantyExpiringProps>;

function when(daysLeft: number): string {
  if (daysLeft === 0) return "today";
  if (daysLeft === 1) return "tomorrow";
  return `in ${daysLeft} days`;
}

export const warrantyExpiringEmail = defineEmailTemplate({
  props: ZWarrantyExpiringProps,
  render(props, { appUrl }) {
    const link = `${appUrl}/assets/${props.assetId}`;
    const subject = `Warranty for ${props.assetName} expires ${when(props.daysLeft)}`;
    const text = [
      `The warranty for ${props.assetName} (${props.householdName}) expires ${when(props.daysLeft)}, on ${props.expiresOn}.`,
      "",
      `See the asset: ${link}`,
      "",
      "You get this because warranty reminders are on for this household in DumbAssets.",
    ].join("\n");
    const html = htmlLayout(
      subject,
      `<h1 style="font-size:20px;margin:0 0 16px">Warranty expiring ${escapeHtml(when(props.daysLeft))}</h1>
<p style="margin:0 0 16px">The warranty for <strong>${escapeHtml(props.assetName)}</strong> in <strong>${escapeHtml(props.householdName)}</strong> expires on <strong>${escapeHtml(props.expiresOn)}</strong>.</p>
<p style="margin:0 0 24px"><a href="${escapeHtml(link)}" style="display:inline-block;background:#2563eb;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">Open ${escapeHtml(props.assetName)}</a></p>
<p style="margin:0;font-size:12px;color:#71717a">You get this because warranty reminders are on for this household in DumbAssets.</p>`,
    );
    return { subject, html, text };
  },
});
