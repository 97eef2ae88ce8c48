import "server-only";
import { dayNumberInZone, fromDayNumber, MS_PER_DAY, toDayNumber, type CalendarDate, type DayNumber } from "@/lib/core/calendar-date";
import type { TMeterReading, TUsageRule } from "./types";

/**
 * Usage-based maintenance: due when a meter (hours, km, cycles) has advanced
 * by `every` since the reading at the last completion.
 *
 * Inputs are instants ({at, value}) as stored; they are mapped to household
 * days with the time zone only to compare with the completion date and to
 * report dates. Readings after `today` are ignored so results are
 * reproducible for a given "now".
 *
 * Baseline (the meter value at the last completion), in order of preference:
 *   1. `usageAtLastCompletion`, if the completion recorded it;
 *   2. the last reading on or before the completion day;
 *   3. the first reading (no completion yet, or none before the completion —
 *      an approximation that can only make the rule fire later, not earlier).
 *
 * Projection: the average rate over the whole reading history (first to last
 * reading, at least one day apart) extrapolated from the latest reading.
 */

/** Relative tolerance so 0.1 + 0.2-style float noise cannot hide a due meter. */
const EPSILON = 1e-9;
/** Projections further out than this are not useful (and would overflow Date). */
const MAX_PROJECTION_DAYS = 100 * 366;

export interface UsageStatus {
  threshold: number;
  unit: string;
  /** Meter value the usage is counted from, null without any data. */
  baseline: number | null;
  latest: number | null;
  used: number;
  remaining: number;
  dueNow: boolean;
  /** Day of the first reading that reached the threshold, when due now. */
  dueSince: CalendarDate | null;
  /** Average meter units per day, null when it cannot be estimated. */
  ratePerDay: number | null;
}

export interface UsageEvaluation {
  status: UsageStatus;
  /** Day of the first reading that reached the threshold (may be in the past). */
  dueSince: DayNumber | null;
  /** Estimated day the threshold will be reached; null if due now or unknown. */
  projectedOn: DayNumber | null;
}

export interface UsageInput {
  readings: readonly TMeterReading[];
  /** Household IANA time zone; required when there are readings. */
  timeZone?: string;
  today: DayNumber;
  lastCompletedOn: DayNumber | null;
  usageAtLastCompletion?: number | null;
}

interface DatedReading {
  ms: number;
  day: DayNumber;
  value: number;
}

export function usageReached(used: number, threshold: number): boolean {
  return used >= threshold - EPSILON * Math.max(1, Math.abs(threshold));
}

export function evaluateUsageDays(rule: Pick<TUsageRule, "every" | "unit">, input: UsageInput): UsageEvaluation {
  const { timeZone, today, lastCompletedOn } = input;
  if (input.readings.length > 0 && !timeZone) {
    throw new Error("A time zone is required to evaluate meter readings (context.timeZone)");
  }
  const readings: DatedReading[] = [];
  for (const r of input.readings) {
    const ms = r.at.getTime();
    if (!Number.isFinite(ms) || !Number.isFinite(r.value)) continue;
    const day = dayNumberInZone(ms, timeZone ?? "UTC");
    if (day <= today) readings.push({ ms, day, value: r.value });
  }
  readings.sort((a, b) => a.ms - b.ms);

  let baseline: number | null = null;
  let afterBaseline: DatedReading[] = readings;
  if (input.usageAtLastCompletion != null) {
    baseline = input.usageAtLastCompletion;
    afterBaseline = lastCompletedOn === null ? readings : readings.filter((r) => r.day >= lastCompletedOn);
  } else {
    let index = 0;
    if (lastCompletedOn !== null) {
      index = readings.findLastIndex((r) => r.day <= lastCompletedOn);
      if (index < 0) index = 0;
    }
    const base = readings[index];
    if (base) {
      baseline = base.value;
      afterBaseline = readings.slice(index + 1);
    }
  }

  const last = readings.at(-1);
  const latest = last?.value ?? null;
  const used = baseline !== null && latest !== null ? Math.max(0, latest - baseline) : 0;
  const dueNow = usageReached(used, rule.every);
  const remaining = dueNow ? 0 : rule.every - used;

  const first = readings[0];
  let ratePerDay: number | null = null;
  if (first && last) {
    const spanDays = (last.ms - first.ms) / MS_PER_DAY;
    if (spanDays >= 1 && last.value > first.value) ratePerDay = (last.value - first.value) / spanDays;
  }

  let dueSince: DayNumber | null = null;
  let projectedOn: DayNumber | null = null;
  if (dueNow && baseline !== null) {
    const from = baseline;
    dueSince = afterBaseline.find((r) => usageReached(r.value - from, rule.every))?.day ?? last?.day ?? today;
  } else if (!dueNow && last && ratePerDay !== null) {
    const days = remaining / ratePerDay;
    if (days <= MAX_PROJECTION_DAYS) projectedOn = dayNumberInZone(last.ms + days * MS_PER_DAY, timeZone ?? "UTC");
  }

  return {
    status: {
      threshold: rule.every,
      unit: rule.unit,
      baseline,
      latest,
      used,
      remaining,
      dueNow,
      dueSince: dueSince === null ? null : fromDayNumber(dueSince),
      ratePerDay,
    },
    dueSince,
    projectedOn,
  };
}

/** String-level wrapper of `evaluateUsageDays` for callers outside the engine. */
export function evaluateUsage(
  rule: Pick<TUsageRule, "every" | "unit">,
  input: {
    readings: readonly TMeterReading[];
    timeZone: string;
    today: CalendarDate;
    lastCompletedOn?: CalendarDate | null;
    usageAtLastCompletion?: number | null;
  },
): { status: UsageStatus; dueSince: CalendarDate | null; projectedOn: CalendarDate | null } {
  const result = evaluateUsageDays(rule, {
    readings: input.readings,
    timeZone: input.timeZone,
    today: toDayNumber(input.today),
    lastCompletedOn: input.lastCompletedOn ? toDayNumber(input.lastCompletedOn) : null,
    usageAtLastCompletion: input.usageAtLastCompletion,
  });
  return {
    status: result.status,
    dueSince: result.dueSince === null ? null : fromDayNumber(result.dueSince),
    projectedOn: result.projectedOn === null ? null : fromDayNumber(result.projectedOn),
  };
}

export type WhicheverTrigger = "DATE" | "USAGE";

/**
 * "Whichever comes first": the earlier of the date rule's day and the usage
 * day (actual or projected). On a tie the date wins — it is certain, while a
 * usage day is often an estimate.
 */
export function whicheverComesFirst(dateDay: DayNumber, usageDay: DayNumber | null): { day: DayNumber; trigger: WhicheverTrigger } {
  return usageDay !== null && usageDay < dateDay ? { day: usageDay, trigger: "USAGE" } : { day: dateDay, trigger: "DATE" };
}
