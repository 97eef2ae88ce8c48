/** The generic notification e-mail: any in-app notification, with a link to its page. */
import "server-only";
import { z } from "zod";
import { EmailButton, EmailHeading, EmailLayout, EmailParagraph, MultilineText } from "./email-layout";
import { defineEmailTemplate, renderEmail } from "./email-template";

export const ZNotificationEmailProps = z.object({
  householdName: z.string().min(1),
  title: z.string().min(1),
  body: z.string(),
  /** App-relative path ("/tasks/…"), or null when there is no page to open. */
  url: z.string().startsWith("/").nullable(),
});
export type TNotificationEmailProps = z.infer<typeof ZNotificationEmailProps>;

export const notificationEmail = defineEmailTemplate({
  props: ZNotificationEmailProps,
  render(props, { appUrl }) {
    const subject = `${props.title} (${props.householdName})`;
    return renderEmail(
      subject,
      <EmailLayout
        title={subject}
        preview={props.body || props.title}
        householdName={props.householdName}
        reason="You get this because e-mail is on for this kind of notification in your DumbAssets settings."
        settingsUrl={`${appUrl}/settings`}
      >
        <EmailHeading>{props.title}</EmailHeading>
        {props.body ? (
          <EmailParagraph>
            <MultilineText text={props.body} />
          </EmailParagraph>
        ) : null}
        {props.url ? <EmailButton href={`${appUrl}${props.url}`}>Open in DumbAssets</EmailButton> : null}
      </EmailLayout>,
    );
  },
});
