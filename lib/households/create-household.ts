/** Creates another household for the caller, who becomes its OWNER and switches to it. */
import "server-only";
import { db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { ZCreateHousehold, type TCreateHousehold } from "./schemas";

export async function createHousehold(auth: AuthContext, input: TCreateHousehold): Promise<{ id: string }> {
  const { name, locale } = ZCreateHousehold.parse(input);
  return db().$transaction(async (tx) => {
    const household = await tx.household.create({
      data: { name, ...locale, memberships: { create: { userId: auth.userId, role: "OWNER" } } },
      select: { id: true },
    });
    await tx.user.update({ where: { id: auth.userId }, data: { activeHouseholdId: household.id } });
    return household;
  });
}
