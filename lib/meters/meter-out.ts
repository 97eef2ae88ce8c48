import "server-only";
import type { Prisma } from "@/lib/server/db/client";
import type { TMeterOut } from "./schemas";

export const meterInclude = { readings: { orderBy: [{ readAt: "desc" }, { id: "desc" }], take: 1 } } as const satisfies Prisma.MeterInclude;
type MeterWithLatest = Prisma.MeterGetPayload<{ include: typeof meterInclude }>;

export function toMeterOut(meter: MeterWithLatest): TMeterOut {
  const latest = meter.readings[0];
  return {
    id: meter.id,
    assetId: meter.assetId,
    name: meter.name,
    unit: meter.unit,
    customUnit: meter.customUnit,
    latestValue: latest ? latest.value.toNumber() : null,
    latestReadAt: latest ? latest.readAt.toISOString() : null,
    createdAt: meter.createdAt.toISOString(),
  };
}
