/**
 * Tells the invited address, in the caller's transaction. The e-mail always goes out,
 * whatever anyone's preferences: it is the invitation itself, and its link is the only
 * way in. It is queued under the inviting household, so with no SMTP server its outbox
 * holds the link for an admin to pass on.
 *
 * When the address already has an account, that user is also told through notify (in-app,
 * push, Apprise as they chose) in their own active household, where their in-app list
 * lives; e-mail is excluded there so they get one mail, not two. That notification carries
 * no link: notification rows are stored in clear, and the token must not be, so it points
 * the reader to the e-mail instead.
 */
import "server-only";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { notify } from "@/lib/notifications/notify";
import type { DatabaseTransaction, Invitation } from "@/lib/server/db/client";
import { sealInvitationToken } from "@/lib/email/invitation-link";
import { invitableRole, ROLE_WITH_ARTICLE } from "./invitation-out";

export interface SendInvitationInput {
  invitation: Invitation;
  token: string;
  householdName: string;
  inviterName: string;
}

export async function sendInvitation(
  tx: DatabaseTransaction,
  { invitation, token, householdName, inviterName }: SendInvitationInput,
): Promise<void> {
  const role = invitableRole(invitation.role);
  await enqueueEmail(tx, {
    to: invitation.email,
    template: "invitation",
    props: { householdName, inviterName, role, expiresAt: invitation.expiresAt.toISOString(), sealedToken: sealInvitationToken(token) },
    householdId: invitation.householdId,
    dedupeKey: `invitation-email:${invitation.id}`,
  });

  const invitee = await tx.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, activeHouseholdId: true, memberships: { select: { householdId: true }, orderBy: { createdAt: "asc" } } },
  });
  const home = invitee?.memberships.find((m) => m.householdId === invitee.activeHouseholdId) ?? invitee?.memberships[0];
  if (!invitee || !home) return;
  await notify(tx, {
    householdId: home.householdId,
    userIds: [invitee.id],
    type: "INVITATION",
    title: `${inviterName} invited you to join ${householdName}`,
    body: `As ${ROLE_WITH_ARTICLE[role]}. Open the link in the e-mail sent to ${invitation.email} to join.`,
    url: null,
    dedupeKey: `invitation:${invitation.id}`,
    excludeChannels: ["EMAIL"],
  });
}
