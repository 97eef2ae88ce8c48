/** Makes another of the caller's households the active one. */
import "server-only";
import { db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { notFound } from "@/lib/server/errors/app-error";
import { ZSwitchHousehold, type TSwitchHousehold } from "./schemas";

export async function switchHousehold(auth: AuthContext, input: TSwitchHousehold): Promise<void> {
  const { householdId } = ZSwitchHousehold.parse(input);
  // Only a household the caller belongs to can become active; any other id is simply unknown.
  const membership = await db().membership.findUnique({
    where: { userId_householdId: { userId: auth.userId, householdId } },
    select: { id: true },
  });
  if (!membership) throw notFound("Household");
  await db().user.update({ where: { id: auth.userId }, data: { activeHouseholdId: householdId } });
}
