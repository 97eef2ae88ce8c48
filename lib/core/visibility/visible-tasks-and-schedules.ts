/**
 * Schedules and tasks of an asset the caller may not see (private to someone else, or
 * shared without them) are as invisible as the asset: 404 on their ids, absent from
 * lists. Tasks and schedules keep assetId as a plain column, so instead of a join this
 * excludes the household's hidden assets — usually none or a handful.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";

/** A WHERE fragment for Task or Schedule: in the caller's household and not on a hidden asset. */
export async function visibleToCaller(
  tx: DatabaseTransaction,
  auth: AuthContext,
): Promise<{ householdId: string; OR?: ({ assetId: null } | { assetId: { notIn: string[] } })[] }> {
  const hidden = await tx.asset.findMany({ where: { householdId: auth.householdId, NOT: visibleAssetsWhere(auth) }, select: { id: true } });
  if (hidden.length === 0) return { householdId: auth.householdId };
  return { householdId: auth.householdId, OR: [{ assetId: null }, { assetId: { notIn: hidden.map((a) => a.id) } }] };
}
