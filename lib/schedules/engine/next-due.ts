import "server-only";
import { adjustDueDay, type AdjustmentReason, type DateConstraints } from "./adjust-date";
import { fromDayNumber, toDayNumber, type CalendarDate, type DayNumber } from "@/lib/core/calendar-date";
import { nextMonthlyDue } from "./day-of-month-rule";
import { dependencyDueDay } from "./dependency";
import { nextIntervalDue } from "./interval-rule";
import { nextSeasonalDue } from "./seasonal-rule";
import type { RuleGrid, RuleState, TDateRule, TMeterReading, TSchedule, TScheduleRule, TUsageRule } from "./types";
import { evaluateUsageDays, whicheverComesFirst, type UsageEvaluation, type UsageStatus } from "./usage-rule";

/**
 * The single entry point: rule → active months → blackouts / business days.
 *
 * Contract of the context (all dates are household-local calendar dates):
 * - `today`: the household's current date; calendar-anchored rules (FIXED
 *   intervals, monthly, seasonal) never plan before it — missed occurrences
 *   are skipped.
 * - `lastCompletedOn`: when the schedule's task was last completed.
 * - `lastDueOn`: the due date of the most recent occurrence already planned —
 *   when reacting to a completion, the due date of the task just completed.
 *   The result is always strictly after it; without it an early completion
 *   cannot be told apart from an on-time one.
 * - `readings`, `timeZone`, `usageAtLastCompletion`: for usage rules.
 * - `prerequisiteCompletedOn`: for AFTER_SCHEDULE rules.
 */

export interface NextDueContext {
  today: CalendarDate;
  lastCompletedOn?: CalendarDate | null;
  lastDueOn?: CalendarDate | null;
  /** Household IANA time zone; needed to place meter readings on days. */
  timeZone?: string;
  readings?: readonly TMeterReading[];
  usageAtLastCompletion?: number | null;
  prerequisiteCompletedOn?: CalendarDate | null;
}

export type DueTrigger = "DATE" | "USAGE" | "DEPENDENCY";

export interface ScheduledDue {
  status: "SCHEDULED";
  /** Final due date after all adjustments. */
  dueOn: CalendarDate;
  /** What the rule alone produced. */
  ruleDueOn: CalendarDate;
  /** What fired: for WHICHEVER_FIRST, whether the date or the meter came first. */
  trigger: DueTrigger;
  /** True when the date is projected from the average usage rate. */
  estimated: boolean;
  /** Constraints that moved the date, in the order first applied. */
  adjustedFor: AdjustmentReason[];
  usage?: UsageStatus;
}

export type WaitingReason = "PREREQUISITE_NOT_COMPLETED" | "USAGE_NOT_PROJECTABLE";

export interface WaitingDue {
  status: "WAITING";
  reason: WaitingReason;
  usage?: UsageStatus;
}

export type NextDue = ScheduledDue | WaitingDue;

// ---------------------------------------------------------------------------

interface RuleOutcome {
  day: DayNumber;
  trigger: DueTrigger;
  estimated: boolean;
  grid?: RuleGrid;
}

/** Usage facts for one computation: real readings, or a simulated future for previews. */
type UsageSource = (rule: TUsageRule) => UsageEvaluation;

function dateRuleOutcome(rule: TDateRule, state: RuleState): RuleOutcome {
  const due =
    rule.kind === "INTERVAL"
      ? nextIntervalDue(rule, state)
      : rule.kind === "MONTHLY"
        ? nextMonthlyDue(rule, state)
        : nextSeasonalDue(rule, state);
  return { day: due.day, grid: due.grid, trigger: "DATE", estimated: false };
}

/**
 * A usage rule's day: when the meter crossed the threshold (a real, possibly
 * past, date — but like every result strictly after lastDueOn and the last
 * completion; `usage.dueSince` keeps the crossing day), else the projection —
 * an estimate, so it is pulled up to the earliest plannable day rather than
 * shown as overdue.
 */
function usageDay(evaluation: UsageEvaluation, state: RuleState): { day: DayNumber; estimated: boolean } | null {
  if (evaluation.dueSince !== null) {
    const afterHistory = Math.max(state.lastDueOn ?? Number.NEGATIVE_INFINITY, state.lastCompletedOn ?? Number.NEGATIVE_INFINITY) + 1;
    return { day: Math.max(evaluation.dueSince, afterHistory), estimated: false };
  }
  if (evaluation.projectedOn !== null) return { day: Math.max(evaluation.projectedOn, state.lowerBound), estimated: true };
  return null;
}

type InternalDue =
  | {
      status: "SCHEDULED";
      day: DayNumber;
      ruleDay: DayNumber;
      trigger: DueTrigger;
      estimated: boolean;
      reasons: AdjustmentReason[];
      usage?: UsageStatus;
    }
  | { status: "WAITING"; reason: WaitingReason; usage?: UsageStatus };

function nextDueInternal(
  schedule: TSchedule,
  state: RuleState,
  usageOf: UsageSource,
  prerequisiteCompletedOn: DayNumber | null,
): InternalDue {
  const rule: TScheduleRule = schedule.rule;
  let outcome: RuleOutcome;
  let usage: UsageStatus | undefined;
  switch (rule.kind) {
    case "INTERVAL":
    case "MONTHLY":
    case "SEASONAL":
      outcome = dateRuleOutcome(rule, state);
      break;
    case "USAGE": {
      const evaluation = usageOf(rule);
      usage = evaluation.status;
      const fromUsage = usageDay(evaluation, state);
      if (!fromUsage) return { status: "WAITING", reason: "USAGE_NOT_PROJECTABLE", usage };
      outcome = { ...fromUsage, trigger: "USAGE" };
      break;
    }
    case "WHICHEVER_FIRST": {
      const byDate = dateRuleOutcome(rule.date, state);
      const evaluation = usageOf(rule.usage);
      usage = evaluation.status;
      const byUsage = usageDay(evaluation, state);
      const first = whicheverComesFirst(byDate.day, byUsage?.day ?? null);
      outcome = first.trigger === "DATE" ? byDate : { day: first.day, trigger: "USAGE", estimated: byUsage?.estimated ?? false };
      break;
    }
    case "AFTER_SCHEDULE": {
      const day = dependencyDueDay(rule, prerequisiteCompletedOn, state.lastCompletedOn);
      if (day === null) return { status: "WAITING", reason: "PREREQUISITE_NOT_COMPLETED" };
      outcome = { day, trigger: "DEPENDENCY", estimated: false };
      break;
    }
  }

  const constraints: DateConstraints = {
    activeMonths: rule.activeMonths,
    grid: outcome.grid,
    blackouts: schedule.blackouts,
    businessDaysOnly: schedule.businessDaysOnly,
    holidays: schedule.holidays,
  };
  const adjusted = adjustDueDay(outcome.day, constraints);
  const due: InternalDue = {
    status: "SCHEDULED",
    day: adjusted.day,
    ruleDay: outcome.day,
    trigger: outcome.trigger,
    estimated: outcome.estimated,
    reasons: adjusted.reasons,
  };
  if (usage) due.usage = usage;
  return due;
}

type InternalScheduled = Extract<InternalDue, { status: "SCHEDULED" }>;

function scheduledToPublic(due: InternalScheduled): ScheduledDue {
  // Built field by field: object rest/spread showed up as the top cost in the benchmark.
  const result: ScheduledDue = {
    status: "SCHEDULED",
    dueOn: fromDayNumber(due.day),
    ruleDueOn: fromDayNumber(due.ruleDay),
    trigger: due.trigger,
    estimated: due.estimated,
    adjustedFor: due.reasons,
  };
  if (due.usage) result.usage = due.usage;
  return result;
}

function stateOf(today: DayNumber, lastCompletedOn: DayNumber | null, lastDueOn: DayNumber | null): RuleState {
  return {
    today,
    lastCompletedOn,
    lastDueOn,
    lowerBound: Math.max(today, lastCompletedOn === null ? today : lastCompletedOn + 1, lastDueOn === null ? today : lastDueOn + 1),
  };
}

const optionalDay = (date: CalendarDate | null | undefined): DayNumber | null => (date ? toDayNumber(date) : null);

function contextUsageSource(context: NextDueContext, state: RuleState): UsageSource {
  return (rule) =>
    evaluateUsageDays(rule, {
      readings: context.readings ?? [],
      timeZone: context.timeZone,
      today: state.today,
      lastCompletedOn: state.lastCompletedOn,
      usageAtLastCompletion: context.usageAtLastCompletion,
    });
}

/** The next due date of a schedule, or why it is waiting. Pure: "now" is `context.today`. */
export function computeNextDue(schedule: TSchedule, context: NextDueContext): NextDue {
  const state = stateOf(toDayNumber(context.today), optionalDay(context.lastCompletedOn), optionalDay(context.lastDueOn));
  const due = nextDueInternal(schedule, state, contextUsageSource(context, state), optionalDay(context.prerequisiteCompletedOn));
  return due.status === "WAITING" ? due : scheduledToPublic(due);
}

/** Upper bound for preview/materialize results, so a bad argument cannot loop for ever. */
export const MAX_OCCURRENCES = 10_000;

/**
 * Successive occurrences, simulating that each one is completed on its due
 * date (which is what makes ROLLING and usage rules previewable). For usage,
 * the first occurrence uses the real readings; later ones assume the average
 * rate continues. A dependency yields at most one occurrence; a usage rule
 * without a rate yields none. Due days strictly increase (each simulated
 * completion raises the lower bound past the previous due day).
 */
function* occurrences(schedule: TSchedule, context: NextDueContext): Generator<{ day: DayNumber; due: ScheduledDue }> {
  const prerequisite = optionalDay(context.prerequisiteCompletedOn);
  let state = stateOf(toDayNumber(context.today), optionalDay(context.lastCompletedOn), optionalDay(context.lastDueOn));
  let usageOf = contextUsageSource(context, state);
  let ratePerDay: number | null | undefined;
  for (;;) {
    const next = nextDueInternal(schedule, state, usageOf, prerequisite);
    if (next.status === "WAITING") return;
    const due = scheduledToPublic(next);
    // Only the first occurrence's meter status is real; later ones are simulated.
    if (ratePerDay !== undefined) delete due.usage;
    yield { day: next.day, due };
    if (ratePerDay === undefined) ratePerDay = next.usage?.ratePerDay ?? null;
    const completedOn = next.day;
    const rate = ratePerDay;
    state = stateOf(state.today, completedOn, completedOn);
    usageOf = (rule) => ({
      status: {
        threshold: rule.every,
        unit: rule.unit,
        baseline: null,
        latest: null,
        used: 0,
        remaining: rule.every,
        dueNow: false,
        dueSince: null,
        ratePerDay: rate,
      },
      dueSince: null,
      projectedOn: rate === null ? null : completedOn + Math.max(1, Math.ceil(rule.every / rate)),
    });
  }
}

function tooMany(): RangeError {
  return new RangeError(`More than ${MAX_OCCURRENCES} occurrences requested; narrow the range`);
}

/** The next `count` due dates from `from` (the editor's preview of five dates). */
export function previewOccurrences(
  schedule: TSchedule,
  from: CalendarDate,
  count: number,
  context: Omit<NextDueContext, "today"> = {},
): ScheduledDue[] {
  if (!Number.isInteger(count) || count > MAX_OCCURRENCES) throw tooMany();
  const result: ScheduledDue[] = [];
  if (count <= 0) return result;
  for (const { due } of occurrences(schedule, { ...context, today: from })) {
    result.push(due);
    if (result.length >= count) break;
  }
  return result;
}

/** All occurrences due within [from, to] (inclusive), e.g. a year for a calendar view. */
export function materializeOccurrences(
  schedule: TSchedule,
  from: CalendarDate,
  to: CalendarDate,
  context: Omit<NextDueContext, "today"> = {},
): ScheduledDue[] {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const result: ScheduledDue[] = [];
  for (const { day, due } of occurrences(schedule, { ...context, today: from })) {
    if (day > end) break;
    if (day >= start) result.push(due);
    if (result.length > MAX_OCCURRENCES) throw tooMany();
  }
  return result;
}
