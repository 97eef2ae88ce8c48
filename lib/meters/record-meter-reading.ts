/** Records a reading; usage-based schedules on this meter that became due get their task. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { householdClock } from "@/lib/schedules/schedule-state";
import { toReadingOut } from "./reading-out";
import { ZRecordReading, type TRecordReading, type TRecordReadingOut } from "./schemas";
import { takeReading } from "./take-reading";
import { findVisibleMeter } from "@/lib/core/visibility/visible-meters";

export async function recordMeterReading(
  auth: AuthContext,
  meterId: string,
  input: TRecordReading,
  options: { now?: Date } = {},
): Promise<TRecordReadingOut> {
  const data = ZRecordReading.parse(input);
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const meter = await findVisibleMeter(tx, auth, meterId);
    if (!meter) throw notFound("Meter");
    const { reading, triggeredTaskIds } = await takeReading(
      tx,
      auth,
      meter.id,
      { value: data.value, readAt: data.readAt ? new Date(data.readAt) : now, isReset: data.isReset },
      { clock: await householdClock(tx, auth.householdId, now) },
    );
    return { reading: toReadingOut(reading), triggeredTaskIds };
  });
}
