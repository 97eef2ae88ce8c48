import "server-only";
import {
  addMonthsToYmd,
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  daysInMonth,
  monthsBetween,
  toDayNumber,
  type DayNumber,
  type WeekdayIndex,
} from "@/lib/core/calendar-date";
import { WEEKDAYS, type RuleDue, type RuleGrid, type RuleState, type TMonthlyPosition, type TMonthlyRule, type TWeekday } from "./types";

/**
 * "Every N months on day D / on the last day / on the n-th weekday".
 *
 * The cycle counts months from the start date's month (month 0, N, 2N, …), and
 * each cycle month has exactly one occurrence. Like FIXED intervals this is a
 * calendar grid: the next due date is the first occurrence on or after the
 * state's lower bound (missed months are skipped) and never before startDate.
 */

const AVERAGE_MONTH_DAYS = 365.2425 / 12;

export function weekdayIndex(weekday: TWeekday): WeekdayIndex {
  return WEEKDAYS.indexOf(weekday) as WeekdayIndex;
}

const ORDINAL_INDEX = { FIRST: 0, SECOND: 1, THIRD: 2, FOURTH: 3 } as const;

/** The n-th (or last) given weekday of a month. FIRST..FOURTH always exist. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: WeekdayIndex,
  ordinal: keyof typeof ORDINAL_INDEX | "LAST",
): DayNumber {
  if (ordinal === "LAST") {
    const last = daysFromCivil(year, month, daysInMonth(year, month));
    return last - ((dayOfWeek(last) - weekday + 7) % 7);
  }
  const first = daysFromCivil(year, month, 1);
  return first + ((weekday - dayOfWeek(first) + 7) % 7) + 7 * ORDINAL_INDEX[ordinal];
}

/** The single occurrence of `position` in a given month. */
export function occurrenceInMonth(position: TMonthlyPosition, year: number, month: number): DayNumber {
  switch (position.type) {
    case "DAY":
      // Day 31 in a 30-day month (or February) clamps to the month's last day.
      return daysFromCivil(year, month, Math.min(position.day, daysInMonth(year, month)));
    case "LAST_DAY":
      return daysFromCivil(year, month, daysInMonth(year, month));
    case "NTH_WEEKDAY":
      return nthWeekdayOfMonth(year, month, weekdayIndex(position.weekday), position.ordinal);
  }
}

export function monthlyGrid(rule: TMonthlyRule, startDay: DayNumber): RuleGrid {
  const start = civilFromDays(startDay);
  const occurrence = (k: number): DayNumber => {
    const { year, month } = addMonthsToYmd({ year: start.year, month: start.month, day: 1 }, k * rule.everyMonths);
    return occurrenceInMonth(rule.on, year, month);
  };
  return {
    periodDays: rule.everyMonths * AVERAGE_MONTH_DAYS,
    firstOnOrAfter(day: DayNumber): DayNumber {
      const bound = Math.max(day, startDay);
      // Start at the last cycle month not after the bound's month; the loop
      // then runs at most twice (that month's occurrence may be too early).
      let k = Math.max(0, Math.floor(monthsBetween(start, civilFromDays(bound)) / rule.everyMonths));
      let candidate = occurrence(k);
      while (candidate < bound) candidate = occurrence(++k);
      return candidate;
    },
  };
}

export function nextMonthlyDue(rule: TMonthlyRule, state: RuleState): RuleDue {
  const grid = monthlyGrid(rule, toDayNumber(rule.startDate));
  return { day: grid.firstOnOrAfter(state.lowerBound), grid };
}
