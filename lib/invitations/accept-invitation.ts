/**
 * Joins the caller to the household an invitation names, with its role, and makes that
 * household active. Whoever sent the invitation is told (in-app and their channels).
 *
 * The signed-in account's e-mail must be the invited address (case-insensitive; both
 * are stored lower-cased): the link proves access to that mailbox, the account proves
 * who is clicking, and neither alone lets a forwarded link or a stranger's account in.
 *
 * Single use under concurrency: the invitation is claimed with a conditional UPDATE
 * (still unaccepted, unrevoked, unexpired). A second accept blocks on the row lock and
 * then matches nothing, so exactly one wins.
 */
import "server-only";
import { notify } from "@/lib/notifications/notify";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { invitationState } from "./get-invitation-by-token";
import { hashInvitationToken } from "./invitation-token";
import { invitableRole, ROLE_WITH_ARTICLE } from "./invitation-out";
import { ZAcceptInvitation, type TAcceptInvitation, type TAcceptInvitationOut } from "./schemas";

const REFUSALS = {
  ACCEPTED: "This invitation has already been used.",
  REVOKED: "This invitation was revoked. Ask for a new one.",
  EXPIRED: "This invitation has expired. Ask for a new one.",
} as const;

export async function acceptInvitation(auth: AuthContext, input: TAcceptInvitation, now = new Date()): Promise<TAcceptInvitationOut> {
  const { token } = ZAcceptInvitation.parse(input);
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
    if (!invitation) throw new AppError("NOT_FOUND", "This invitation link is not valid.");
    const state = invitationState(invitation, now);
    if (state !== "PENDING") throw new AppError("CONFLICT", REFUSALS[state]);

    const user = await tx.user.findUniqueOrThrow({ where: { id: auth.userId }, select: { email: true, name: true } });
    if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new AppError("FORBIDDEN", `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`);
    }
    const household = await tx.household.findUniqueOrThrow({ where: { id: invitation.householdId }, select: { id: true, name: true } });
    const already = await tx.membership.findUnique({
      where: { userId_householdId: { userId: auth.userId, householdId: household.id } },
      select: { id: true },
    });
    if (already) throw new AppError("CONFLICT", `You already belong to ${household.name}.`);

    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: auth.userId },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT", "This invitation has just been used or revoked.");

    const role = invitableRole(invitation.role);
    await tx.membership.create({ data: { userId: auth.userId, householdId: household.id, role } });
    await tx.user.update({ where: { id: auth.userId }, data: { activeHouseholdId: household.id } });
    await notify(tx, {
      householdId: household.id,
      userIds: [invitation.invitedById],
      type: "INVITATION",
      title: `${user.name} joined ${household.name}`,
      body: `${user.name} (${invitation.email}) accepted your invitation and is now ${ROLE_WITH_ARTICLE[role]}.`,
      url: "/settings",
      dedupeKey: `invitation-accepted:${invitation.id}`,
      now,
    });
    return { householdId: household.id, householdName: household.name, role };
  });
}
