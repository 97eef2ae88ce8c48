import { computeNextDue, previewOccurrences, type NextDueContext, type ScheduledDue } from "./next-due";
import type { TSchedule, TScheduleRule } from "./types";

/** Shared helpers for the engine's unit tests (not part of the public API). */

export function schedule(rule: TScheduleRule, extra: Omit<TSchedule, "rule"> = {}): TSchedule {
  return { rule, ...extra };
}

export function scheduled(s: TSchedule, context: NextDueContext): ScheduledDue {
  const result = computeNextDue(s, context);
  if (result.status !== "SCHEDULED") throw new Error(`Expected a due date, got WAITING (${result.reason})`);
  return result;
}

/** The next due date as a string. */
export function nextDue(s: TSchedule, context: NextDueContext): string {
  return scheduled(s, context).dueOn;
}

export function preview(s: TSchedule, from: string, count = 5, context: Omit<NextDueContext, "today"> = {}): string[] {
  return previewOccurrences(s, from, count, context).map((o) => o.dueOn);
}
