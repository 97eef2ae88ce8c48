/** The signed-in user, their active household and every household they belong to. */
import "server-only";
import { db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Role } from "@/lib/server/db/generated/enums";

export interface AccountOverview {
  user: { id: string; name: string; email: string };
  activeHousehold: { id: string; name: string; role: Role; currency: string; timeZone: string };
  households: { id: string; name: string; role: Role }[];
}

export async function getAccount(auth: AuthContext): Promise<AccountOverview> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: auth.userId },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: {
        select: { role: true, household: { select: { id: true, name: true, currency: true, timeZone: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const active = user.memberships.find((m) => m.household.id === auth.householdId);
  if (!active) throw new Error("active household missing from memberships");
  return {
    user: { id: user.id, name: user.name, email: user.email },
    activeHousehold: { ...active.household, role: active.role },
    households: user.memberships.map((m) => ({ id: m.household.id, name: m.household.name, role: m.role })),
  };
}
