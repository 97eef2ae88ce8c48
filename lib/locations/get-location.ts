/** One location of the caller's household, or 404. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, type DatabaseTransaction } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { buildLocationPaths, householdLocations } from "./location-paths";
import type { TLocationOut } from "./schemas";

export async function readLocationOut(client: DatabaseTransaction, auth: AuthContext, id: string): Promise<TLocationOut> {
  const locations = await householdLocations(client, auth.householdId);
  const location = locations.find((l) => l.id === id);
  if (!location) throw notFound("Location");
  const assetCount = await client.asset.count({ where: { AND: [visibleAssetsWhere(auth), { locationId: id }] } });
  return { id, name: location.name, parentId: location.parentId, path: buildLocationPaths(locations).get(id) ?? location.name, assetCount };
}

export function getLocation(auth: AuthContext, id: string): Promise<TLocationOut> {
  return readLocationOut(db(), auth, id);
}
