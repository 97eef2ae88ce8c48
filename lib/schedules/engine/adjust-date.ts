import "server-only";
import {
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  parseMonthDay,
  toDayNumber,
  type DayNumber,
} from "@/lib/core/calendar-date";
import { isInActiveMonths, moveIntoActiveMonths } from "./active-months";
import type { RuleGrid, TActiveMonths, TBlackout } from "./types";

/**
 * Moving a due date FORWARD to the next allowed day: inside the active months,
 * outside every blackout and — with business days only — not on a Saturday,
 * Sunday or holiday. The checks repeat until one pass changes nothing, because
 * each move can break another constraint (a blackout ending on Friday →
 * Saturday → Monday; a weekend at the end of October → outside "Apr–Oct" →
 * next April). Active months are treated as a hard constraint, like the
 * others: a result never lies outside the window.
 */

export type AdjustmentReason = "ACTIVE_MONTHS" | "BLACKOUT" | "NON_BUSINESS_DAY";

export interface DateConstraints {
  activeMonths?: TActiveMonths;
  /** Lets active months keep a rule on its pattern (see active-months.ts). */
  grid?: RuleGrid;
  blackouts?: readonly TBlackout[];
  businessDaysOnly?: boolean;
  /** "YYYY-MM-DD" one-off or "MM-DD" yearly holidays. */
  holidays?: readonly string[];
}

/** How far the search goes before declaring the constraints unsatisfiable. */
export const MAX_ADJUSTMENT_DAYS = 3 * 366;

export class NoAllowedDateError extends Error {
  constructor(readonly from: string) {
    super(
      `No allowed due date within 3 years after ${from}: the active months, blackouts and ` +
        `business-day/holiday settings together exclude every day. Check the schedule's blackouts.`,
    );
    this.name = "NoAllowedDateError";
  }
}

/** Month-day as a sortable number: Dec 24 → 1224. */
const monthDayKey = (month: number, day: number): number => month * 100 + day;

/** A blackout with its strings parsed once, outside the search loop. */
type CompiledBlackout =
  { yearly: false; from: DayNumber; to: DayNumber } | { yearly: true; fromKey: number; toKey: number; toMonth: number; toDay: number };

function compileBlackout(blackout: TBlackout): CompiledBlackout {
  if (isCalendarDate(blackout.from)) return { yearly: false, from: toDayNumber(blackout.from), to: toDayNumber(blackout.to) };
  const from = parseMonthDay(blackout.from);
  const to = parseMonthDay(blackout.to);
  return {
    yearly: true,
    fromKey: monthDayKey(from.month, from.day),
    toKey: monthDayKey(to.month, to.day),
    toMonth: to.month,
    toDay: to.day,
  };
}

/**
 * If `day` is inside the blackout, the last blacked-out day of the stretch
 * containing it; otherwise null.
 */
function blackoutEnd(day: DayNumber, blackout: CompiledBlackout): DayNumber | null {
  if (!blackout.yearly) return day >= blackout.from && day <= blackout.to ? blackout.to : null;
  // Yearly "MM-DD" range, possibly wrapping the year end (12-24..01-02).
  const { fromKey, toKey, toMonth, toDay } = blackout;
  const { year, month, day: dom } = civilFromDays(day);
  const key = monthDayKey(month, dom);
  let endYear: number;
  if (fromKey <= toKey) {
    if (key < fromKey || key > toKey) return null;
    endYear = year;
  } else {
    if (key < fromKey && key > toKey) return null;
    endYear = key >= fromKey ? year + 1 : year;
  }
  // "02-29" as an end date means Feb 28 in common years.
  return daysFromCivil(endYear, toMonth, Math.min(toDay, daysInMonth(endYear, toMonth)));
}

export function isBlackedOut(day: DayNumber, blackouts: readonly TBlackout[]): boolean {
  return blackouts.some((b) => blackoutEnd(day, compileBlackout(b)) !== null);
}

function isHoliday(day: DayNumber, holidays: readonly string[]): boolean {
  if (holidays.length === 0) return false;
  const date = fromDayNumber(day);
  const monthDay = date.slice(5);
  return holidays.some((h) => h === date || h === monthDay);
}

export function isBusinessDay(day: DayNumber, holidays: readonly string[] = []): boolean {
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6 && !isHoliday(day, holidays);
}

/** The first allowed day ≥ `day`, with the constraints that moved it. */
export function adjustDueDay(day: DayNumber, constraints: DateConstraints): { day: DayNumber; reasons: AdjustmentReason[] } {
  const { activeMonths, grid, blackouts = [], businessDaysOnly = false, holidays = [] } = constraints;
  const reasons: AdjustmentReason[] = [];
  if (!activeMonths && blackouts.length === 0 && !businessDaysOnly) return { day, reasons };
  const note = (reason: AdjustmentReason): void => {
    if (!reasons.includes(reason)) reasons.push(reason);
  };
  const compiled = blackouts.map(compileBlackout);
  const limit = day + MAX_ADJUSTMENT_DAYS;
  let current = day;
  // Every branch that `continue`s strictly increases `current`, so the loop
  // ends — with a result, or with an error once the search limit is passed.
  for (;;) {
    if (current > limit) throw new NoAllowedDateError(fromDayNumber(day));
    if (activeMonths && !isInActiveMonths(current, activeMonths)) {
      current = moveIntoActiveMonths(current, activeMonths, grid);
      note("ACTIVE_MONTHS");
      continue;
    }
    let end: DayNumber | null = null;
    for (const blackout of compiled) {
      const e = blackoutEnd(current, blackout);
      if (e !== null && (end === null || e > end)) end = e;
    }
    if (end !== null) {
      current = end + 1;
      note("BLACKOUT");
      continue;
    }
    if (businessDaysOnly && !isBusinessDay(current, holidays)) {
      current += 1;
      note("NON_BUSINESS_DAY");
      continue;
    }
    return { day: current, reasons };
  }
}

/** String-level convenience: the first allowed date on or after `date`. */
export function adjustDueDate(date: string, constraints: DateConstraints): string {
  return fromDayNumber(adjustDueDay(toDayNumber(date), constraints).day);
}
