/**
 * Everything the pure engine needs about one schedule, read from the database: the
 * household's clock and blackouts, the history of its occurrences, meter readings and
 * the prerequisite's last completion. The engine itself never touches the database.
 */
import "server-only";
import type { DatabaseTransaction, Schedule } from "@/lib/server/db/client";
import { toCalendarDate } from "@/lib/core/calendar-date";
import {
  addDays,
  calendarDateInZone,
  computeNextDue,
  isCalendarDate,
  isMonthDay,
  ZBlackout,
  ZScheduleRule,
  type CalendarDate,
  type NextDue,
  type NextDueContext,
  type TBlackout,
  type TMeterReading,
  type TSchedule,
  type TScheduleRule,
} from "./engine";

export interface HouseholdClock {
  timeZone: string;
  today: CalendarDate;
  blackouts: TBlackout[];
  holidays: string[];
}

export async function householdClock(tx: DatabaseTransaction, householdId: string, now: Date = new Date()): Promise<HouseholdClock> {
  const [household, rows] = await Promise.all([
    tx.household.findUniqueOrThrow({ where: { id: householdId }, select: { timeZone: true } }),
    tx.householdBlackout.findMany({ where: { householdId }, orderBy: { from: "asc" } }),
  ]);
  let today: CalendarDate;
  let timeZone = household.timeZone;
  try {
    today = calendarDateInZone(now, timeZone);
  } catch {
    // A zone this runtime does not know: fall back rather than refuse every schedule.
    timeZone = "UTC";
    today = calendarDateInZone(now, timeZone);
  }
  return {
    timeZone,
    today,
    blackouts: rows.filter((r) => !r.isHoliday).map((r) => ({ from: r.from, to: r.to, ...(r.label ? { label: r.label } : {}) })),
    holidays: [...new Set(rows.filter((r) => r.isHoliday).flatMap(holidayDays))],
  };
}

/**
 * Every day of a holiday range, inclusive, as the engine's single-day holidays: one-off
 * "YYYY-MM-DD" days, or yearly "MM-DD" days where from > to wraps the year end
 * ("12-24".."01-02"). Month-days are walked in a leap year, so a yearly range over the
 * end of February also covers Feb 29 when there is one. A malformed range falls back to
 * its first day, as holidays were read before ranges counted.
 */
export function holidayDays(range: { from: string; to: string }): string[] {
  const { from, to } = range;
  if (isCalendarDate(from) && isCalendarDate(to)) return from <= to ? daysBetween(from, to) : [from];
  if (isMonthDay(from) && isMonthDay(to)) {
    const inLeapYear = (monthDay: string) => `2000-${monthDay}`;
    const days =
      from <= to
        ? daysBetween(inLeapYear(from), inLeapYear(to))
        : [...daysBetween(inLeapYear(from), "2000-12-31"), ...daysBetween("2000-01-01", inLeapYear(to))];
    return days.map((day) => day.slice(5));
  }
  return isCalendarDate(from) || isMonthDay(from) ? [from] : [];
}

function daysBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

export const ruleOf = (row: Pick<Schedule, "rule">): TScheduleRule => ZScheduleRule.parse(row.rule);

export function engineSchedule(
  row: Pick<Schedule, "rule" | "blackouts" | "businessDaysOnly">,
  clock: Pick<HouseholdClock, "blackouts" | "holidays">,
  rule: TScheduleRule = ruleOf(row),
): TSchedule {
  return {
    rule,
    blackouts: [...ZBlackout.array().parse(row.blackouts), ...clock.blackouts],
    businessDaysOnly: row.businessDaysOnly,
    holidays: clock.holidays,
  };
}

/** The meter a usage rule counts: its own meterId, else the schedule asset's first meter. */
export async function usageMeterId(
  tx: DatabaseTransaction,
  row: Pick<Schedule, "householdId" | "assetId">,
  rule: TScheduleRule,
): Promise<string | null> {
  const usage = rule.kind === "USAGE" ? rule : rule.kind === "WHICHEVER_FIRST" ? rule.usage : null;
  if (!usage) return null;
  if (usage.meterId) return usage.meterId;
  if (!row.assetId) return null;
  const meter = await tx.meter.findFirst({
    where: { householdId: row.householdId, assetId: row.assetId },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return meter?.id ?? null;
}

/**
 * Readings as one ever-increasing series: a reset (a new or zeroed meter) continues
 * from where the old count stopped, so usage across it is neither lost nor negative.
 */
export async function cumulativeReadings(tx: DatabaseTransaction, householdId: string, meterId: string): Promise<TMeterReading[]> {
  const rows = await tx.meterReading.findMany({
    where: { householdId, meterId },
    orderBy: [{ readAt: "asc" }, { id: "asc" }],
    select: { value: true, readAt: true, isReset: true },
  });
  return toCumulative(rows.map((r) => ({ at: r.readAt, value: r.value.toNumber(), isReset: r.isReset })));
}

/** Readings in time order → one series that never drops at a reset. */
export function toCumulative(readings: readonly { at: Date; value: number; isReset: boolean }[]): TMeterReading[] {
  let offset = 0;
  let previous: number | null = null;
  return readings.map((r) => {
    if (r.isReset && previous !== null) offset = previous - r.value;
    previous = r.value + offset;
    return { at: r.at, value: previous };
  });
}

/**
 * The meter at the last completion, to the instant: the engine alone only knows days,
 * and would count a reading taken later on the completion day as before it.
 */
export function usageAt(readings: readonly TMeterReading[], completedAt: Date | null): number | null {
  if (!completedAt) return null;
  let value: number | null = null;
  for (const r of readings) if (r.at <= completedAt) value = r.value;
  return value;
}

/** Last completion and last planned due date among the schedule's closed occurrences. */
async function history(tx: DatabaseTransaction, householdId: string, scheduleId: string, timeZone: string) {
  const [lastDone, lastClosed] = await Promise.all([
    tx.task.findFirst({
      where: { householdId, scheduleId, parentTaskId: null, status: "DONE", completedAt: { not: null } },
      orderBy: { completedAt: "desc" },
      select: { completedAt: true },
    }),
    tx.task.findFirst({
      where: { householdId, scheduleId, parentTaskId: null, status: { in: ["DONE", "SKIPPED"] }, plannedOn: { not: null } },
      orderBy: { plannedOn: "desc" },
      select: { plannedOn: true },
    }),
  ]);
  return {
    lastCompletedAt: lastDone?.completedAt ?? null,
    lastCompletedOn: lastDone?.completedAt ? calendarDateInZone(lastDone.completedAt, timeZone) : null,
    lastDueOn: lastClosed?.plannedOn ? toCalendarDate(lastClosed.plannedOn) : null,
  };
}

/**
 * When the schedule's next occurrence is due, or null when no task should exist yet:
 * waiting for a prerequisite or a meter, or a usage rule whose date is only a projection
 * (a usage task appears when the meter actually reaches the threshold).
 */
export async function nextDueFor(
  tx: DatabaseTransaction,
  row: Schedule,
  clock: HouseholdClock,
): Promise<(NextDue & { status: "SCHEDULED" }) | null> {
  const rule = ruleOf(row);
  const { lastCompletedAt, lastCompletedOn, lastDueOn } = await history(tx, row.householdId, row.id, clock.timeZone);
  const context: NextDueContext = { today: clock.today, timeZone: clock.timeZone, lastCompletedOn, lastDueOn };
  const meterId = await usageMeterId(tx, row, rule);
  if (meterId) {
    context.readings = await cumulativeReadings(tx, row.householdId, meterId);
    context.usageAtLastCompletion = usageAt(context.readings, lastCompletedAt);
  }
  if (rule.kind === "AFTER_SCHEDULE") {
    const prerequisite = await tx.task.findFirst({
      where: { householdId: row.householdId, scheduleId: rule.scheduleId, parentTaskId: null, status: "DONE", completedAt: { not: null } },
      orderBy: { completedAt: "desc" },
      select: { completedAt: true },
    });
    context.prerequisiteCompletedOn = prerequisite?.completedAt ? calendarDateInZone(prerequisite.completedAt, clock.timeZone) : null;
  }
  let due = computeNextDue(engineSchedule(row, clock, rule), context);
  if (due.status === "SCHEDULED" && due.estimated) {
    if (rule.kind === "USAGE") return null;
    if (rule.kind === "WHICHEVER_FIRST") {
      due = computeNextDue(engineSchedule(row, clock, { ...rule.date, activeMonths: rule.activeMonths }), context);
    }
  }
  return due.status === "SCHEDULED" ? due : null;
}
