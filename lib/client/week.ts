/**
 * Week views in the household's order: its first day of the week (Household.weekStartsOn)
 * comes first. Days are numbered as `Date.getDay()` and the engine's `weekdayOf` (0 = Sunday).
 */
import { WEEKDAYS, type TWeekday } from "@/lib/households/browser-locale";

/** The seven day numbers in display order, e.g. SUNDAY → [0, 1, ..., 6], MONDAY → [1, ..., 6, 0]. */
export function weekdayOrder(weekStartsOn: TWeekday = "MONDAY"): number[] {
  const first = WEEKDAYS.indexOf(weekStartsOn);
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

/** Empty cells before a month's first day, which falls on `weekday` (0 = Sunday). */
export function leadingBlanks(weekday: number, weekStartsOn: TWeekday = "MONDAY"): number {
  return (weekday - WEEKDAYS.indexOf(weekStartsOn) + 7) % 7;
}
