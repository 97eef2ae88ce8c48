/** Invites an address to join a household: who invited it, with which role, and the one link that accepts. */
import "server-only";
import { z } from "zod";
import { invitationPath, openInvitationToken } from "@/lib/email/invitation-link";
import { EmailButton, EmailHeading, EmailLayout, EmailParagraph } from "./email-layout";
import { defineEmailTemplate, renderEmail } from "./email-template";

export const ZInvitationEmailProps = z.object({
  householdName: z.string().min(1),
  inviterName: z.string().min(1),
  role: z.enum(["ADMIN", "MEMBER", "VIEWER"]),
  expiresAt: z.iso.datetime(),
  /** The token sealed by lib/invitations/invitation-link: job rows never hold it in clear. */
  sealedToken: z.string().min(1),
});
export type TInvitationEmailProps = z.infer<typeof ZInvitationEmailProps>;

const ROLE_WORDS: Record<TInvitationEmailProps["role"], string> = {
  ADMIN: "an admin (manages members and settings)",
  MEMBER: "a member (adds and edits assets and tasks)",
  VIEWER: "a viewer (sees everything, changes nothing)",
};

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

export const invitationEmail = defineEmailTemplate({
  props: ZInvitationEmailProps,
  async render(props, { appUrl }) {
    const subject = `You're invited to ${props.householdName} on DumbAssets`;
    const link = `${appUrl}${invitationPath(openInvitationToken(props.sealedToken))}`;
    const until = dateFormat.format(new Date(props.expiresAt));
    return renderEmail(
      subject,
      <EmailLayout
        title={subject}
        preview={`${props.inviterName} invited you to keep track of ${props.householdName}'s things together.`}
        householdName={props.householdName}
        reason="You get this because a member of this household invited this address; if you did not expect it, ignore it."
        settingsUrl={`${appUrl}/settings`}
      >
        <EmailHeading>Join {props.householdName}</EmailHeading>
        <EmailParagraph>
          <strong>{props.inviterName}</strong> invited you to join <strong>{props.householdName}</strong> on DumbAssets as{" "}
          {ROLE_WORDS[props.role]}.
        </EmailParagraph>
        <EmailParagraph>
          The link works once, until {until}. Sign in or create an account with this e-mail address to accept.
        </EmailParagraph>
        <EmailButton href={link}>Accept the invitation</EmailButton>
      </EmailLayout>,
    );
  },
});
