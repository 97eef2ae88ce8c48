/** Records a reading; usage-based schedules on this meter that became due get their task. */
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { triggerUsageSchedules } from "@/lib/schedules/advance-schedule";
import { householdClock } from "@/lib/schedules/schedule-state";
import { insertReading } from "./insert-reading";
import { toReadingOut } from "./reading-out";
import { ZRecordReading, type TRecordReading, type TRecordReadingOut } from "./schemas";

export async function recordMeterReading(auth: AuthContext, meterId: string, input: TRecordReading, options: { now?: Date } = {}): Promise<TRecordReadingOut> {
  const data = ZRecordReading.parse(input);
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const meter = await tx.meter.findFirst({ where: { id: meterId, householdId: auth.householdId }, select: { id: true } });
    if (!meter) throw notFound("Meter");
    const reading = await insertReading(tx, auth.householdId, auth.userId, meter.id, {
      value: data.value,
      readAt: data.readAt ? new Date(data.readAt) : now,
      isReset: data.isReset,
    });
    const triggeredTaskIds = await triggerUsageSchedules(tx, auth.householdId, meter.id, await householdClock(tx, auth.householdId, now));
    return { reading: toReadingOut(reading), triggeredTaskIds };
  });
}
