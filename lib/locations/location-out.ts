/** Serializes locations with their paths and counts of the assets the caller may see in each. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { buildLocationChains, compareChains, householdLocations, PATH_SEPARATOR } from "./location-paths";
import type { TLocationOut } from "./schemas";

/** All of the household's locations, parents before children, siblings by name. */
export async function readLocationsOut(client: DatabaseTransaction, auth: AuthContext): Promise<TLocationOut[]> {
  const locations = await householdLocations(client, auth.householdId);
  const counts = await client.asset.groupBy({
    by: ["locationId"],
    where: { AND: [visibleAssetsWhere(auth), { locationId: { not: null } }] },
    _count: { _all: true },
  });
  const countByLocation = new Map(counts.map((c) => [c.locationId, c._count._all]));
  const chains = buildLocationChains(locations);
  return locations
    .map((l) => ({ location: l, chain: chains.get(l.id) ?? [l.name] }))
    .sort((a, b) => compareChains(a.chain, b.chain) || a.location.id.localeCompare(b.location.id))
    .map(({ location, chain }) => ({
      id: location.id,
      name: location.name,
      parentId: location.parentId,
      path: chain.join(PATH_SEPARATOR),
      assetCount: countByLocation.get(location.id) ?? 0,
    }));
}
