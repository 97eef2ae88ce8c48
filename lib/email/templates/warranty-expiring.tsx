/** Reminds the household that an asset's warranty runs out soon, with a link to the asset. */
import "server-only";
import { z } from "zod";
import { EmailButton, EmailHeading, EmailLayout, EmailParagraph } from "./email-layout";
import { defineEmailTemplate, renderEmail } from "./email-template";

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
    const subject = `Warranty for ${props.assetName} expires ${when(props.daysLeft)}`;
    return renderEmail(
      subject,
      <EmailLayout
        title={subject}
        preview={`The warranty for ${props.assetName} expires on ${props.expiresOn}.`}
        householdName={props.householdName}
        reason="You get this because warranty reminders are on for this household in DumbAssets."
        settingsUrl={`${appUrl}/settings`}
      >
        <EmailHeading>Warranty expiring {when(props.daysLeft)}</EmailHeading>
        <EmailParagraph>
          The warranty for <strong>{props.assetName}</strong> (<strong>{props.householdName}</strong>) expires {when(props.daysLeft)}, on{" "}
          <strong>{props.expiresOn}</strong>.
        </EmailParagraph>
        <EmailButton href={`${appUrl}/assets/${props.assetId}`}>Open {props.assetName}</EmailButton>
      </EmailLayout>,
    );
  },
});
