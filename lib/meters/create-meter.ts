import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { meterInclude, toMeterOut } from "./meter-out";
import { ZCreateMeter, type TCreateMeter, type TMeterOut } from "./schemas";

export async function createMeter(auth: AuthContext, assetId: string, input: TCreateMeter): Promise<TMeterOut> {
  const data = ZCreateMeter.parse(input);
  return db().$transaction(async (tx) => {
    const asset = await tx.asset.findFirst({ where: { AND: [visibleAssetsWhere(auth), { id: assetId }] }, select: { id: true } });
    if (!asset) throw notFound("Asset");
    const meter = await tx.meter.create({
      data: {
        householdId: auth.householdId,
        assetId: asset.id,
        name: data.name,
        unit: data.unit,
        customUnit: data.unit === "CUSTOM" ? data.customUnit : null,
      },
      include: meterInclude,
    });
    return toMeterOut(meter);
  });
}
