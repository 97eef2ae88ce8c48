/** Creates a location, at the top level or inside another location of the household. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { readLocationOut } from "./get-location";
import { householdLocations } from "./location-paths";
import { assertValidLocationParent } from "./location-tree";
import { ZCreateLocation, type TCreateLocation, type TLocationOut } from "./schemas";

export async function createLocation(auth: AuthContext, input: TCreateLocation): Promise<TLocationOut> {
  const data = ZCreateLocation.parse(input);
  return db().$transaction(async (tx) => {
    if (data.parentId) assertValidLocationParent(await householdLocations(tx, auth.householdId), data.parentId);
    const created = await tx.location.create({
      data: { householdId: auth.householdId, name: data.name, parentId: data.parentId ?? null },
      select: { id: true },
    });
    return readLocationOut(tx, auth, created.id);
  });
}
