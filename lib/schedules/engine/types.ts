import "server-only";
import { z } from "zod";
import { zCalendarDate, zId, zText } from "@/lib/server/validation/input";
import { isCalendarDate, isLocalTime, isMonthDay, type DayNumber } from "@/lib/core/calendar-date";

/**
 * Rule and schedule shapes. Every rule is a discriminated union member keyed
 * by `kind`, so an API can `ZScheduleRule.parse(body)` and the engine can
 * `switch (rule.kind)` exhaustively. The zod schemas are the source of truth;
 * the `T…` types are inferred from them.
 */

/** An existing day "YYYY-MM-DD" within the years inputs accept (lib/server/validation/input.ts). */
export const ZCalendarDate = zCalendarDate("Expected an existing day as YYYY-MM-DD");
export const ZMonthDay = z.string().refine(isMonthDay, { message: "Expected a month-day as MM-DD" });
/** A season or yearly anchor must exist every year, so Feb 29 is refused. */
export const ZYearlyMonthDay = ZMonthDay.refine((v) => v !== "02-29", { message: "02-29 does not exist every year" });
export const ZLocalTime = z.string().refine(isLocalTime, { message: "Expected a time as HH:mm" });

export const WEEKDAYS = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"] as const;
/** Index in WEEKDAYS equals `dayOfWeek()` (0 = Sunday). */
export const ZWeekday = z.enum(WEEKDAYS);
export type TWeekday = z.infer<typeof ZWeekday>;

export const ZIntervalUnit = z.enum(["DAY", "WEEK", "MONTH", "YEAR"]);
export type TIntervalUnit = z.infer<typeof ZIntervalUnit>;

/** FIXED: stays on the grid start + k×interval. ROLLING: next = completion + interval. */
export const ZIntervalAnchor = z.enum(["FIXED", "ROLLING"]);
export type TIntervalAnchor = z.infer<typeof ZIntervalAnchor>;

export const ZSeason = z.enum(["SPRING", "SUMMER", "FALL", "WINTER"]);
export type TSeason = z.infer<typeof ZSeason>;
export const ZHemisphere = z.enum(["NORTH", "SOUTH"]);
export type THemisphere = z.infer<typeof ZHemisphere>;

const month = z.int().min(1).max(12);

/** Inclusive month window; `from > to` wraps the year end (11..2 = Nov–Feb). */
export const ZActiveMonths = z.object({ from: month, to: month });
export type TActiveMonths = z.infer<typeof ZActiveMonths>;

// ---------------------------------------------------------------------------
// Rule cores (without the shared `activeMonths` option)

export const ZIntervalRule = z.object({
  kind: z.literal("INTERVAL"),
  every: z.int().min(1).max(1000),
  unit: ZIntervalUnit,
  anchor: ZIntervalAnchor,
  /** FIXED: origin of the grid. ROLLING: first due date before any completion. */
  startDate: ZCalendarDate,
});
export type TIntervalRule = z.infer<typeof ZIntervalRule>;

export const ZNthWeekdayOrdinal = z.enum(["FIRST", "SECOND", "THIRD", "FOURTH", "LAST"]);
export type TNthWeekdayOrdinal = z.infer<typeof ZNthWeekdayOrdinal>;

export const ZMonthlyPosition = z.discriminatedUnion("type", [
  /** Day D; 29–31 clamp to the last day of shorter months. */
  z.object({ type: z.literal("DAY"), day: z.int().min(1).max(31) }),
  z.object({ type: z.literal("LAST_DAY") }),
  /** e.g. SECOND SATURDAY, LAST FRIDAY. (No FIFTH: it does not exist every month.) */
  z.object({ type: z.literal("NTH_WEEKDAY"), ordinal: ZNthWeekdayOrdinal, weekday: ZWeekday }),
]);
export type TMonthlyPosition = z.infer<typeof ZMonthlyPosition>;

export const ZMonthlyRule = z.object({
  kind: z.literal("MONTHLY"),
  everyMonths: z.int().min(1).max(120),
  on: ZMonthlyPosition,
  /** Its month is month 0 of the "every N months" cycle; no occurrence before it. */
  startDate: ZCalendarDate,
});
export type TMonthlyRule = z.infer<typeof ZMonthlyRule>;

export const ZSeasonStarts = z.object({
  SPRING: ZYearlyMonthDay.optional(),
  SUMMER: ZYearlyMonthDay.optional(),
  FALL: ZYearlyMonthDay.optional(),
  WINTER: ZYearlyMonthDay.optional(),
});
export type TSeasonStarts = z.infer<typeof ZSeasonStarts>;

export const ZSeasonalRule = z.object({
  kind: z.literal("SEASONAL"),
  season: ZSeason,
  hemisphere: ZHemisphere,
  /** Days into the season (0 = on the day it starts). */
  offsetDays: z.int().min(0).max(364).optional(),
  /**
   * Overrides of season start dates, taken literally as the household's own
   * dates (no hemisphere shift is applied to overrides; the hemisphere only
   * selects the defaults). Missing seasons use the meteorological defaults.
   */
  seasonStarts: ZSeasonStarts.optional(),
});
export type TSeasonalRule = z.infer<typeof ZSeasonalRule>;

export const ZUsageRule = z.object({
  kind: z.literal("USAGE"),
  /** Fire when the meter advanced by this much since the last completion. Decimals allowed. */
  every: z.number().positive().max(1e9),
  /** Display unit of the meter, e.g. "hours", "km", "cycles". */
  unit: zText().trim().min(1).max(32),
  /** Which meter of the asset; the engine only receives that meter's readings. */
  meterId: zId().optional(),
});
export type TUsageRule = z.infer<typeof ZUsageRule>;

/** Rules that produce calendar dates on their own (usable inside WHICHEVER_FIRST). */
export const ZDateRule = z.discriminatedUnion("kind", [ZIntervalRule, ZMonthlyRule, ZSeasonalRule]);
export type TDateRule = z.infer<typeof ZDateRule>;

export const ZWhicheverFirstRule = z.object({
  kind: z.literal("WHICHEVER_FIRST"),
  date: ZDateRule,
  usage: ZUsageRule,
});
export type TWhicheverFirstRule = z.infer<typeof ZWhicheverFirstRule>;

/** Due `offsetDays` after the prerequisite schedule's task is completed; waits until then. */
export const ZAfterScheduleRule = z.object({
  kind: z.literal("AFTER_SCHEDULE"),
  scheduleId: zId(),
  offsetDays: z.int().min(0).max(3650).optional(),
});
export type TAfterScheduleRule = z.infer<typeof ZAfterScheduleRule>;

// ---------------------------------------------------------------------------
// Top-level rule: any core + the shared options

const sharedRuleOptions = {
  /** Only due within these months; see active-months.ts for how dates move. */
  activeMonths: ZActiveMonths.optional(),
};

export const ZScheduleRule = z.discriminatedUnion("kind", [
  ZIntervalRule.extend(sharedRuleOptions),
  ZMonthlyRule.extend(sharedRuleOptions),
  ZSeasonalRule.extend(sharedRuleOptions),
  ZUsageRule.extend(sharedRuleOptions),
  ZWhicheverFirstRule.extend(sharedRuleOptions),
  ZAfterScheduleRule.extend(sharedRuleOptions),
]);
export type TScheduleRule = z.infer<typeof ZScheduleRule>;
export type TRuleKind = TScheduleRule["kind"];

// ---------------------------------------------------------------------------
// Date adjustments and the schedule as the engine sees it

/**
 * Inclusive range. Either two calendar dates ("2024-12-20".."2025-01-06", a
 * one-off) or two month-days ("12-24".."01-02", every year; from > to wraps
 * the year end).
 */
export const ZBlackout = z
  .object({ from: zText().max(10), to: zText().max(10), label: zText().max(200).optional() })
  .superRefine((b, ctx) => {
    if (ZCalendarDate.safeParse(b.from).success && ZCalendarDate.safeParse(b.to).success) {
      if (b.from > b.to) ctx.addIssue({ code: "custom", message: "Blackout ends before it starts", path: ["to"] });
    } else if (!(isMonthDay(b.from) && isMonthDay(b.to))) {
      ctx.addIssue({ code: "custom", message: "Blackout needs two YYYY-MM-DD dates or two MM-DD month-days" });
    }
  });
export type TBlackout = z.infer<typeof ZBlackout>;

/** A one-off holiday "YYYY-MM-DD" or a yearly one "MM-DD". */
export const ZHoliday = z.string().refine((v) => isCalendarDate(v) || isMonthDay(v), {
  message: "Expected YYYY-MM-DD or MM-DD",
});

export const ZSchedule = z.object({
  rule: ZScheduleRule,
  /** Household-wide and per-schedule blackouts, concatenated by the caller. */
  blackouts: z.array(ZBlackout).max(500).optional(),
  /** Move due dates off Saturdays, Sundays and `holidays`. */
  businessDaysOnly: z.boolean().optional(),
  holidays: z.array(ZHoliday).max(1000).optional(),
});
export type TSchedule = z.infer<typeof ZSchedule>;

export const ZMeterReading = z.object({ at: z.coerce.date(), value: z.number().finite() });
export type TMeterReading = z.infer<typeof ZMeterReading>;

// ---------------------------------------------------------------------------
// Engine-internal shapes

/** What a rule needs to know about "now" and history, as day numbers. */
export interface RuleState {
  today: DayNumber;
  lastCompletedOn: DayNumber | null;
  lastDueOn: DayNumber | null;
  /**
   * Earliest day a calendar-anchored occurrence may be planned on:
   * max(today, lastCompletedOn + 1, lastDueOn + 1). Encodes "missed
   * occurrences are skipped" and "never the same day again".
   */
  lowerBound: DayNumber;
}

/**
 * A rule whose occurrences lie on a fixed pattern (FIXED interval, monthly,
 * seasonal). Active months use it to stay on the pattern where possible.
 */
export interface RuleGrid {
  /** Smallest occurrence ≥ day. */
  firstOnOrAfter(day: DayNumber): DayNumber;
  /** Typical spacing between occurrences in days. */
  periodDays: number;
}

/** A date rule's raw due day, plus its pattern when it has one. */
export interface RuleDue {
  day: DayNumber;
  grid?: RuleGrid;
}
