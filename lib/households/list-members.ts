/** The members of the caller's active household. */
import "server-only";
import { db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Role } from "@/lib/server/db/generated/enums";

export interface HouseholdMember {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

export async function listMembers(auth: AuthContext): Promise<HouseholdMember[]> {
  const memberships = await db().membership.findMany({
    where: { householdId: auth.householdId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role }));
}
