/** The household's pending invitations (not accepted, revoked or expired), newest first. Never their tokens. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { toInvitationOut } from "./invitation-out";
import type { TInvitationOut } from "./schemas";

export async function listInvitations(auth: AuthContext, now = new Date()): Promise<TInvitationOut[]> {
  const rows = await db().invitation.findMany({
    where: { householdId: auth.householdId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { id: "desc" },
  });
  const inviters = await db().user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.invitedById))] } },
    select: { id: true, name: true },
  });
  const byId = new Map(inviters.map((u) => [u.id, u]));
  return rows.map((row) => toInvitationOut(row, byId.get(row.invitedById) ?? null));
}
