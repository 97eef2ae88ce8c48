/**
 * Meters are as visible as their asset: a meter of an asset the caller may not see
 * (private to someone else, or shared without them) answers 404 on its id and is refused
 * as a reference, like every other record of that asset. Meter keeps assetId as a plain
 * column, so this excludes the household's hidden assets — usually none or a handful.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction, Prisma } from "@/lib/server/db/client";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";

/** A WHERE fragment for Meter: in the caller's household and on an asset they may see. */
export async function visibleMetersWhere(tx: DatabaseTransaction, auth: AuthContext): Promise<Prisma.MeterWhereInput> {
  const hidden = await tx.asset.findMany({ where: { householdId: auth.householdId, NOT: visibleAssetsWhere(auth) }, select: { id: true } });
  return hidden.length === 0
    ? { householdId: auth.householdId }
    : { householdId: auth.householdId, assetId: { notIn: hidden.map((a) => a.id) } };
}

/** The meter with this id if the caller may see it, else null. */
export async function findVisibleMeter(
  tx: DatabaseTransaction,
  auth: AuthContext,
  meterId: string,
): Promise<{ id: string; assetId: string } | null> {
  return tx.meter.findFirst({ where: { AND: [await visibleMetersWhere(tx, auth), { id: meterId }] }, select: { id: true, assetId: true } });
}
