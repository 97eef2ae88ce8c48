/** Revokes a pending invitation: its link stops working and says so. Another household's id answers 404. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";

export async function revokeInvitation(auth: AuthContext, id: string, now = new Date()): Promise<void> {
  const { count } = await db().invitation.updateMany({
    where: { id, householdId: auth.householdId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw notFound("Invitation");
}
