/** Renames a location or moves it (with everything inside) under another parent or to the top. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { readLocationOut } from "./get-location";
import { householdLocations } from "./location-paths";
import { assertValidLocationParent, lockLocationTree } from "./location-tree";
import { ZUpdateLocation, type TLocationOut, type TUpdateLocation } from "./schemas";

export async function updateLocation(auth: AuthContext, id: string, input: TUpdateLocation): Promise<TLocationOut> {
  const data = ZUpdateLocation.parse(input);
  return db().$transaction(async (tx) => {
    if (data.parentId !== undefined) await lockLocationTree(tx, auth.householdId);
    const locations = await householdLocations(tx, auth.householdId);
    if (!locations.some((l) => l.id === id)) throw notFound("Location");
    if (data.parentId) assertValidLocationParent(locations, data.parentId, id);
    await tx.location.update({
      where: { id, householdId: auth.householdId },
      data: { name: data.name, parentId: data.parentId },
      select: { id: true },
    });
    return readLocationOut(tx, auth, id);
  });
}
