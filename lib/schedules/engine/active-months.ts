import "server-only";
import { civilFromDays, daysFromCivil, daysInMonth, type DayNumber } from "@/lib/core/calendar-date";
import type { RuleGrid, TActiveMonths } from "./types";

/**
 * Active-months windows ("only April–October", or wrapping "November–February").
 *
 * A due date outside the window moves to the next window opening:
 *
 * - Rules without a pattern (ROLLING intervals, usage, dependencies) move to
 *   the first day of the next window opening.
 *
 * - Rules on a calendar pattern (FIXED intervals, monthly, seasonal) — our
 *   documented choice: the date moves to the first day of the window opening,
 *   UNLESS the rule's own first occurrence inside the window comes within half
 *   a period of the opening day; then that occurrence is used. Reasons:
 *     · "mow every 2 weeks, Apr–Oct" stays on its weekday instead of mowing on
 *       Apr 1 and again on Apr 2 when the grid has a point there;
 *     · "every year in January, Apr–Oct" (no occurrence ever in the window)
 *       still happens once a season, on Apr 1;
 *     · two occurrences are never closer than half a period (opening day, then
 *       the rule's next occurrence more than half a period later).
 *   The grid itself is never re-anchored: after the moved occurrence, the rule
 *   continues with its next regular occurrence.
 */

export function isInActiveMonths(day: DayNumber, window: TActiveMonths): boolean {
  const { month } = civilFromDays(day);
  return window.from <= window.to ? month >= window.from && month <= window.to : month >= window.from || month <= window.to;
}

/** First and last day of the first window opening that starts after `day`. */
export function nextWindowOpening(day: DayNumber, window: TActiveMonths): { opens: DayNumber; closes: DayNumber } {
  const { year, month } = civilFromDays(day);
  const openYear = month < window.from ? year : year + 1;
  const closeYear = window.to >= window.from ? openYear : openYear + 1;
  return {
    opens: daysFromCivil(openYear, window.from, 1),
    closes: daysFromCivil(closeYear, window.to, daysInMonth(closeYear, window.to)),
  };
}

/** `day` if inside the window, otherwise the day it moves to (see above). Always ≥ day. */
export function moveIntoActiveMonths(day: DayNumber, window: TActiveMonths, grid?: RuleGrid): DayNumber {
  if (isInActiveMonths(day, window)) return day;
  const { opens, closes } = nextWindowOpening(day, window);
  if (grid) {
    const onPattern = grid.firstOnOrAfter(opens);
    if (onPattern <= closes && onPattern - opens <= grid.periodDays / 2) return onPattern;
  }
  return opens;
}
