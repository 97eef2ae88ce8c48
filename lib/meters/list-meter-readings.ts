import "server-only";
import type { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { toReadingOut } from "./reading-out";
import { findVisibleMeter } from "@/lib/core/visibility/visible-meters";
import { ZListReadingsQuery, type TReadingOut } from "./schemas";

/** The newest readings first. */
export async function listMeterReadings(
  auth: AuthContext,
  meterId: string,
  input: z.input<typeof ZListReadingsQuery> = {},
): Promise<TReadingOut[]> {
  const { limit } = ZListReadingsQuery.parse(input);
  const meter = await findVisibleMeter(db(), auth, meterId);
  if (!meter) throw notFound("Meter");
  const rows = await db().meterReading.findMany({
    where: { meterId, householdId: auth.householdId },
    orderBy: [{ readAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toReadingOut);
}
