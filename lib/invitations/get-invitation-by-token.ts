/**
 * What the landing page shows to whoever holds a link: the household's and inviter's
 * names, the role, the address it was sent to and whether it can still be used.
 * Nothing else about the household. Null for a token that matches nothing.
 */
import "server-only";
import { db } from "@/lib/server/db/client";
import { hashInvitationToken } from "./invitation-token";
import { invitableRole } from "./invitation-out";
import { ZAcceptInvitation, type InvitationPreview, type InvitationState } from "./schemas";

export async function getInvitationByToken(token: string, now = new Date()): Promise<InvitationPreview | null> {
  const parsed = ZAcceptInvitation.safeParse({ token });
  if (!parsed.success) return null;
  const row = await db().invitation.findUnique({ where: { tokenHash: hashInvitationToken(parsed.data.token) } });
  if (!row) return null;
  const [household, inviter] = await Promise.all([
    db().household.findUnique({ where: { id: row.householdId }, select: { name: true } }),
    db().user.findUnique({ where: { id: row.invitedById }, select: { name: true } }),
  ]);
  if (!household) return null;
  return {
    state: invitationState(row, now),
    householdName: household.name,
    inviterName: inviter?.name ?? null,
    role: invitableRole(row.role),
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
  };
}

export function invitationState(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (row.acceptedAt) return "ACCEPTED";
  if (row.revokedAt) return "REVOKED";
  if (row.expiresAt <= now) return "EXPIRED";
  return "PENDING";
}
