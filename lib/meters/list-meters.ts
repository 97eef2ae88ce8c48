import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { meterInclude, toMeterOut } from "./meter-out";
import type { TMeterOut } from "./schemas";

export async function listMeters(auth: AuthContext, assetId: string): Promise<TMeterOut[]> {
  const asset = await db().asset.findFirst({ where: { AND: [visibleAssetsWhere(auth), { id: assetId }] }, select: { id: true } });
  if (!asset) throw notFound("Asset");
  const meters = await db().meter.findMany({
    where: { householdId: auth.householdId, assetId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: meterInclude,
  });
  return meters.map(toMeterOut);
}
