/** The household invitation API contract. Tokens never appear in an output schema: they live only in the e-mailed link. */
import { z } from "zod";
import { zText } from "@/lib/server/validation/input";
import { ZEmail } from "@/lib/accounts/schemas";

/** Roles an invitation can grant: ownership is never handed out by link. */
export const INVITABLE_ROLES = ["ADMIN", "MEMBER", "VIEWER"] as const;

/** How long a link works: long enough for a weekend away, short enough that a forgotten mail goes stale. */
export const INVITATION_TTL_DAYS = 7;
/** Each invitation mails an address we know nothing about: a household may send this many an hour. */
export const INVITATIONS_PER_HOUR = 30;

export const INVITATION_TOKEN_PREFIX = "inv_";

export const ZCreateInvitation = z.object({
  email: ZEmail,
  role: z.enum(INVITABLE_ROLES).default("MEMBER"),
});
export type TCreateInvitation = z.input<typeof ZCreateInvitation>;

export const ZAcceptInvitation = z.object({
  token: zText().trim().startsWith(INVITATION_TOKEN_PREFIX, { message: "This is not an invitation link" }).max(200),
});
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitation>;

export const ZInvitationOut = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(INVITABLE_ROLES),
  invitedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type TInvitationOut = z.infer<typeof ZInvitationOut>;

export const ZAcceptInvitationOut = z.object({
  householdId: z.uuid(),
  householdName: z.string(),
  role: z.enum(INVITABLE_ROLES),
});
export type TAcceptInvitationOut = z.infer<typeof ZAcceptInvitationOut>;

/** What the landing page may show to whoever holds a link. */
export const INVITATION_STATES = ["PENDING", "EXPIRED", "ACCEPTED", "REVOKED"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export interface InvitationPreview {
  state: InvitationState;
  householdName: string;
  inviterName: string | null;
  role: (typeof INVITABLE_ROLES)[number];
  /** The address it was sent to: the holder received it there, and needs it to sign up. */
  email: string;
  expiresAt: string;
}
