/**
 * The one path a meter reading takes, whether recorded on the meter or given when a task
 * is completed: append it (a meter only counts up unless reset), then let every
 * usage-based schedule counting this meter react — a USAGE task when a threshold is
 * reached, or an open date-based task brought forward ("whichever comes first").
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { triggerUsageSchedules } from "@/lib/schedules/advance-schedule";
import type { HouseholdClock } from "@/lib/schedules/schedule-state";
import { insertReading } from "./insert-reading";

export interface TakeReadingOptions {
  clock: HouseholdClock;
  /** Names a refused value after the caller's input (a completion sends `meterReading`). */
  fieldPath?: string;
  /** A schedule the caller plans itself (the one whose task is being completed). */
  exceptScheduleId?: string | null;
}

export async function takeReading(
  tx: DatabaseTransaction,
  who: { householdId: string; userId: string },
  meterId: string,
  input: { value: number; readAt: Date; isReset: boolean },
  options: TakeReadingOptions,
) {
  const reading = await insertReading(tx, who.householdId, who.userId, meterId, input, options.fieldPath);
  const triggeredTaskIds = await triggerUsageSchedules(tx, who.householdId, meterId, options.clock, {
    exceptScheduleId: options.exceptScheduleId ?? null,
  });
  return { reading, triggeredTaskIds };
}
