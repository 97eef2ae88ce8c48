/**
 * The editor's flat, string-valued form state and its conversion to and from the
 * engine's rule union. Inputs hold strings so a half-typed number never jumps;
 * `buildRule` answers null (no preview, no save) until the rule is complete.
 */
import { isMonthDay } from "@/lib/core/calendar-date";
import type { TDateRule, TScheduleRule, TSeasonStarts, TUsageRule } from "@/lib/schedules/engine/types";
import type { TDateRuleInput, TScheduleRuleInput } from "@/lib/schedules/seasonal-default";
import type { TMeterOut } from "@/lib/meters/schemas";
import { meterUnitLabel } from "./meter-unit";

export type RuleKind = TScheduleRule["kind"];
export type DateKind = TDateRule["kind"];

export interface RuleState {
  kind: RuleKind;
  /** The calendar part of WHICHEVER_FIRST. */
  dateKind: DateKind;
  every: string;
  unit: "DAY" | "WEEK" | "MONTH" | "YEAR";
  anchor: "FIXED" | "ROLLING";
  startDate: string;
  everyMonths: string;
  position: "DAY" | "LAST_DAY" | "NTH_WEEKDAY";
  day: string;
  ordinal: "FIRST" | "SECOND" | "THIRD" | "FOURTH" | "LAST";
  weekday: "SUNDAY" | "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY";
  season: "SPRING" | "SUMMER" | "FALL" | "WINTER";
  /** null: the household's hemisphere, filled in by the server when the rule is saved. */
  hemisphere: "NORTH" | "SOUTH" | null;
  offsetDays: string;
  /** Custom start of the chosen season; empty month = the hemisphere's default. */
  seasonStartMonth: string;
  seasonStartDay: string;
  /** Overrides saved for the other seasons, kept untouched through an edit. */
  otherSeasonStarts: TSeasonStarts;
  meterId: string;
  usageEvery: string;
  afterScheduleId: string;
  afterOffsetDays: string;
  activeMonthsOn: boolean;
  activeFrom: string;
  activeTo: string;
}

export function defaultRuleState(today: string): RuleState {
  return {
    kind: "INTERVAL",
    dateKind: "INTERVAL",
    every: "3",
    unit: "MONTH",
    anchor: "FIXED",
    startDate: today,
    everyMonths: "1",
    position: "DAY",
    day: "1",
    ordinal: "FIRST",
    weekday: "SATURDAY",
    season: "SPRING",
    hemisphere: null,
    offsetDays: "0",
    seasonStartMonth: "",
    seasonStartDay: "1",
    otherSeasonStarts: {},
    meterId: "",
    usageEvery: "",
    afterScheduleId: "",
    afterOffsetDays: "0",
    activeMonthsOn: false,
    activeFrom: "4",
    activeTo: "10",
  };
}

function int(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function decimal(text: string): number | null {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(n) && n > 0 ? n : null;
}

/** Field errors for the rule inputs, keyed by RuleState field. */
export function ruleErrors(s: RuleState): Partial<Record<keyof RuleState, string>> {
  const errors: Partial<Record<keyof RuleState, string>> = {};
  const usesDate = s.kind === "WHICHEVER_FIRST" ? s.dateKind : s.kind;
  if (usesDate === "INTERVAL") {
    if (int(s.every, 1, 1000) === null) errors.every = "A whole number from 1 to 1000";
    if (!s.startDate) errors.startDate = "Pick a start date";
  }
  if (usesDate === "MONTHLY") {
    if (int(s.everyMonths, 1, 120) === null) errors.everyMonths = "A whole number from 1 to 120";
    if (s.position === "DAY" && int(s.day, 1, 31) === null) errors.day = "A day from 1 to 31";
    if (!s.startDate) errors.startDate = "Pick a start date";
  }
  if (usesDate === "SEASONAL") {
    if (int(s.offsetDays, 0, 364) === null) errors.offsetDays = "0 to 364 days";
    if (s.seasonStartMonth && customSeasonStart(s) === null) errors.seasonStartDay = "A day that exists every year in that month";
  }
  if (s.kind === "USAGE" || s.kind === "WHICHEVER_FIRST") {
    if (!s.meterId) errors.meterId = "Choose a meter";
    if (decimal(s.usageEvery) === null) errors.usageEvery = "A number above 0, like 250 or 0.5";
  }
  if (s.kind === "AFTER_SCHEDULE") {
    if (!s.afterScheduleId) errors.afterScheduleId = "Choose the schedule that comes first";
    if (int(s.afterOffsetDays, 0, 3650) === null) errors.afterOffsetDays = "0 to 3650 days";
  }
  return errors;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "MM-DD" of the custom season start, or null when unset or not a yearly day (Feb 29). */
function customSeasonStart(s: RuleState): string | null {
  const month = int(s.seasonStartMonth, 1, 12);
  const day = int(s.seasonStartDay, 1, 31);
  if (month === null || day === null) return null;
  const md = `${pad(month)}-${pad(day)}`;
  return isMonthDay(md) && md !== "02-29" ? md : null;
}

function seasonStarts(s: RuleState): TSeasonStarts | undefined {
  const { [s.season]: _replaced, ...others } = s.otherSeasonStarts;
  const custom = customSeasonStart(s);
  const all: TSeasonStarts = custom ? { ...others, [s.season]: custom } : others;
  return Object.keys(all).length > 0 ? all : undefined;
}

function dateRule(s: RuleState, kind: DateKind): TDateRuleInput {
  switch (kind) {
    case "INTERVAL":
      return { kind, every: Number(s.every), unit: s.unit, anchor: s.anchor, startDate: s.startDate };
    case "MONTHLY":
      return {
        kind,
        everyMonths: Number(s.everyMonths),
        startDate: s.startDate,
        on:
          s.position === "DAY"
            ? { type: "DAY", day: Number(s.day) }
            : s.position === "LAST_DAY"
              ? { type: "LAST_DAY" }
              : { type: "NTH_WEEKDAY", ordinal: s.ordinal, weekday: s.weekday },
      };
    case "SEASONAL": {
      const starts = seasonStarts(s);
      return {
        kind,
        season: s.season,
        ...(s.hemisphere ? { hemisphere: s.hemisphere } : {}),
        offsetDays: Number(s.offsetDays),
        ...(starts ? { seasonStarts: starts } : {}),
      };
    }
  }
}

function usageRule(s: RuleState, meters: readonly TMeterOut[]): TUsageRule {
  const meter = meters.find((m) => m.id === s.meterId);
  return {
    kind: "USAGE",
    every: Number(s.usageEvery.trim().replace(",", ".")),
    unit: meter ? meterUnitLabel(meter) : "units",
    meterId: s.meterId,
  };
}

/** The rule to preview and save, or null while any rule field is invalid. */
export function buildRule(s: RuleState, meters: readonly TMeterOut[]): TScheduleRuleInput | null {
  if (Object.keys(ruleErrors(s)).length > 0) return null;
  const activeMonths = s.activeMonthsOn ? { from: Number(s.activeFrom), to: Number(s.activeTo) } : undefined;
  const extra = activeMonths ? { activeMonths } : {};
  switch (s.kind) {
    case "INTERVAL":
    case "MONTHLY":
    case "SEASONAL":
      return { ...dateRule(s, s.kind), ...extra };
    case "USAGE":
      return { ...usageRule(s, meters), ...extra };
    case "WHICHEVER_FIRST":
      return { kind: "WHICHEVER_FIRST", date: dateRule(s, s.dateKind), usage: usageRule(s, meters), ...extra };
    case "AFTER_SCHEDULE":
      return { kind: "AFTER_SCHEDULE", scheduleId: s.afterScheduleId, offsetDays: Number(s.afterOffsetDays), ...extra };
  }
}

function withDate(base: RuleState, rule: TDateRuleInput): RuleState {
  switch (rule.kind) {
    case "INTERVAL":
      return { ...base, every: String(rule.every), unit: rule.unit, anchor: rule.anchor, startDate: rule.startDate };
    case "MONTHLY":
      return {
        ...base,
        everyMonths: String(rule.everyMonths),
        startDate: rule.startDate,
        position: rule.on.type,
        day: rule.on.type === "DAY" ? String(rule.on.day) : base.day,
        ordinal: rule.on.type === "NTH_WEEKDAY" ? rule.on.ordinal : base.ordinal,
        weekday: rule.on.type === "NTH_WEEKDAY" ? rule.on.weekday : base.weekday,
      };
    case "SEASONAL": {
      const { [rule.season]: own, ...others } = rule.seasonStarts ?? {};
      const [month, day] = own ? own.split("-").map(Number) : [];
      return {
        ...base,
        season: rule.season,
        hemisphere: rule.hemisphere ?? null,
        offsetDays: String(rule.offsetDays ?? 0),
        seasonStartMonth: month ? String(month) : "",
        seasonStartDay: day ? String(day) : base.seasonStartDay,
        otherSeasonStarts: others,
      };
    }
  }
}

/** The editor state of a saved rule (the inverse of buildRule). */
export function ruleStateFrom(rule: TScheduleRuleInput, today: string): RuleState {
  let s: RuleState = { ...defaultRuleState(today), kind: rule.kind };
  if (rule.activeMonths)
    s = { ...s, activeMonthsOn: true, activeFrom: String(rule.activeMonths.from), activeTo: String(rule.activeMonths.to) };
  switch (rule.kind) {
    case "INTERVAL":
    case "MONTHLY":
    case "SEASONAL":
      return { ...withDate(s, rule), dateKind: rule.kind };
    case "USAGE":
      return { ...s, meterId: rule.meterId ?? "", usageEvery: String(rule.every) };
    case "WHICHEVER_FIRST":
      return {
        ...withDate(s, rule.date),
        dateKind: rule.date.kind,
        meterId: rule.usage.meterId ?? "",
        usageEvery: String(rule.usage.every),
      };
    case "AFTER_SCHEDULE":
      return { ...s, afterScheduleId: rule.scheduleId, afterOffsetDays: String(rule.offsetDays ?? 0) };
  }
}
