/**
 * Invites an e-mail address into the caller's household (member:manage, checked by the
 * route). One pending invitation per address: inviting it again revokes the pending
 * one and issues a fresh link with a fresh expiry. An address that already belongs to a
 * member is refused. The route limits how many a household sends an hour.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { newInvitationToken } from "./invitation-token";
import { toInvitationOut } from "./invitation-out";
import { INVITATION_TTL_DAYS, ZCreateInvitation, type TCreateInvitation, type TInvitationOut } from "./schemas";
import { sendInvitation } from "./send-invitation";

const DAY_MS = 86_400_000;

export async function createInvitation(auth: AuthContext, input: TCreateInvitation, now = new Date()): Promise<TInvitationOut> {
  const { email, role } = ZCreateInvitation.parse(input);
  const { token, tokenHash } = newInvitationToken();
  return db().$transaction(async (tx) => {
    // Serializes invitations of one address to one household, so two clicks leave one pending.
    await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`invitation:${auth.householdId}:${email}`}, 0))`;
    const member = await tx.membership.findFirst({ where: { householdId: auth.householdId, user: { email } }, select: { id: true } });
    if (member) {
      throw new AppError("CONFLICT", "This address already belongs to a member of the household.", {
        fieldErrors: [{ path: "email", message: "Already a member of this household" }],
      });
    }
    await tx.invitation.updateMany({
      where: { householdId: auth.householdId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const [household, inviter] = await Promise.all([
      tx.household.findUniqueOrThrow({ where: { id: auth.householdId }, select: { name: true } }),
      tx.user.findUniqueOrThrow({ where: { id: auth.userId }, select: { id: true, name: true } }),
    ]);
    const invitation = await tx.invitation.create({
      data: {
        householdId: auth.householdId,
        email,
        role,
        tokenHash,
        invitedById: auth.userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS),
        createdAt: now,
      },
    });
    await sendInvitation(tx, { invitation, token, householdName: household.name, inviterName: inviter.name });
    return toInvitationOut(invitation, inviter);
  });
}
