/**
 * Pure maintenance schedule engine: no database, no I/O, no clock — "today"
 * is always passed in. Dates are household-local calendar dates "YYYY-MM-DD".
 */

import "server-only";
export * from "./types";
export {
  addDays,
  addMonths,
  addYears,
  calendarDateInZone,
  compareCalendarDates,
  diffDays,
  isCalendarDate,
  isLocalTime,
  isMonthDay,
  localDateTimeToInstant,
  parseCalendarDate,
  weekdayOf,
  type CalendarDate,
  type LocalTime,
  type MonthDay,
  type YearMonthDay,
} from "@/lib/core/calendar-date";
export {
  computeNextDue,
  materializeOccurrences,
  MAX_OCCURRENCES,
  previewOccurrences,
  type DueTrigger,
  type NextDue,
  type NextDueContext,
  type ScheduledDue,
  type WaitingDue,
  type WaitingReason,
} from "./next-due";
export { adjustDueDate, MAX_ADJUSTMENT_DAYS, NoAllowedDateError, type AdjustmentReason, type DateConstraints } from "./adjust-date";
export { evaluateUsage, type UsageStatus, type WhicheverTrigger } from "./usage-rule";
export {
  assertNoDependencyCycle,
  DependencyCycleError,
  dependencyDueDate,
  detectCycle,
  formatCyclePath,
  type DependencyEdge,
} from "./dependency";
export { defaultSeasonStarts, seasonStartOf } from "./seasonal-rule";
export { describeActiveMonths, describeRule, type DescribeOptions } from "./describe-rule";
