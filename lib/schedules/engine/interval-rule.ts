import "server-only";
import {
  addMonthsToYmd,
  civilFromDays,
  daysFromCivil,
  monthsBetween,
  toDayNumber,
  type DayNumber,
  type YearMonthDay,
} from "@/lib/core/calendar-date";
import type { RuleDue, RuleGrid, RuleState, TIntervalRule, TIntervalUnit } from "./types";

/**
 * "Every N days/weeks/months/years".
 *
 * FIXED keeps a grid: occurrence k is startDate + k×interval, always computed
 * from the ORIGINAL start date so month-end days never drift (Jan 31 → Feb 29
 * → Mar 31). The next due date is the first grid point on or after the
 * state's lower bound, i.e. strictly after the last completion and the last
 * planned due date and not before today: missed occurrences are skipped, not
 * piled up.
 *
 * ROLLING has no grid: next = last completion + interval (clamped month
 * arithmetic, so ROLLING may drift from the 31st to the 28th — that is what
 * "from completion" means).
 */

const AVERAGE_MONTH_DAYS = 365.2425 / 12;

function stepMonths(every: number, unit: TIntervalUnit): number {
  return unit === "YEAR" ? every * 12 : every;
}

function stepDays(every: number, unit: TIntervalUnit): number {
  return unit === "WEEK" ? every * 7 : every;
}

const isMonthBased = (unit: TIntervalUnit): boolean => unit === "MONTH" || unit === "YEAR";

/** day + every×unit, with month-end clamping for month/year units. */
export function addInterval(day: DayNumber, every: number, unit: TIntervalUnit): DayNumber {
  if (!isMonthBased(unit)) return day + stepDays(every, unit);
  const ymd = addMonthsToYmd(civilFromDays(day), stepMonths(every, unit));
  return daysFromCivil(ymd.year, ymd.month, ymd.day);
}

export function intervalPeriodDays(rule: Pick<TIntervalRule, "every" | "unit">): number {
  return isMonthBased(rule.unit) ? stepMonths(rule.every, rule.unit) * AVERAGE_MONTH_DAYS : stepDays(rule.every, rule.unit);
}

/** Grid point k of a FIXED rule (k ≥ 0), computed from the original start. */
function gridPoint(start: YearMonthDay, startDay: DayNumber, rule: TIntervalRule, k: number): DayNumber {
  if (!isMonthBased(rule.unit)) return startDay + k * stepDays(rule.every, rule.unit);
  const ymd = addMonthsToYmd(start, k * stepMonths(rule.every, rule.unit));
  return daysFromCivil(ymd.year, ymd.month, ymd.day);
}

/** The FIXED grid of a rule; `startDay` is the rule's start as a day number. */
export function fixedIntervalGrid(rule: TIntervalRule, startDay: DayNumber): RuleGrid {
  const start = civilFromDays(startDay);
  return {
    periodDays: intervalPeriodDays(rule),
    firstOnOrAfter(bound: DayNumber): DayNumber {
      if (bound <= startDay) return startDay;
      if (!isMonthBased(rule.unit)) {
        const step = stepDays(rule.every, rule.unit);
        return startDay + Math.ceil((bound - startDay) / step) * step;
      }
      // Jump straight to the last grid month not after the bound's month; at
      // most one step further is needed (clamping only ever lowers the day).
      const step = stepMonths(rule.every, rule.unit);
      const k = Math.floor(monthsBetween(start, civilFromDays(bound)) / step);
      const candidate = gridPoint(start, startDay, rule, k);
      return candidate >= bound ? candidate : gridPoint(start, startDay, rule, k + 1);
    },
  };
}

/**
 * The rule's next due day (before active months / blackouts).
 *
 * FIXED: the first grid point on or after the state's lower bound.
 *
 * ROLLING:
 * - after a completion: completion + interval, even if that is already in the
 *   past (it really is overdue then);
 * - without a completion: the start date, or lastDueOn + interval when an
 *   occurrence was already planned (previews assume on-time completion), never
 *   before today;
 * - always strictly after lastDueOn, so an early completion never produces a
 *   due date on or before the occurrence it just completed.
 */
export function nextIntervalDue(rule: TIntervalRule, state: RuleState): RuleDue {
  const startDay = toDayNumber(rule.startDate);
  if (rule.anchor === "FIXED") {
    const grid = fixedIntervalGrid(rule, startDay);
    return { day: grid.firstOnOrAfter(state.lowerBound), grid };
  }
  const afterLastDue = state.lastDueOn === null ? Number.NEGATIVE_INFINITY : state.lastDueOn + 1;
  if (state.lastCompletedOn !== null) {
    return { day: Math.max(addInterval(state.lastCompletedOn, rule.every, rule.unit), afterLastDue) };
  }
  const planned = state.lastDueOn === null ? startDay : addInterval(state.lastDueOn, rule.every, rule.unit);
  return { day: Math.max(planned, state.today, afterLastDue) };
}
