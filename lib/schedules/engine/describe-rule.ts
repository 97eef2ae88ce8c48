import "server-only";
import { parseMonthDay } from "@/lib/core/calendar-date";
import { defaultSeasonStarts } from "./seasonal-rule";
import type {
  TActiveMonths,
  TDateRule,
  THemisphere,
  TIntervalUnit,
  TMonthlyPosition,
  TScheduleRule,
  TSeasonalRule,
  TUsageRule,
} from "./types";

/**
 * Human words for a rule, e.g. "every 3 months from completion", "on the
 * second Saturday of every month", "every 250 hours of use or every 6 months,
 * whichever comes first", with ", only April–October" for active months.
 * English only for now; the structure keeps each phrase in one place for
 * later translation.
 */

export interface DescribeOptions {
  /** Display name of another schedule, for AFTER_SCHEDULE rules. */
  scheduleName?: (scheduleId: string) => string | undefined;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? `month ${month}`;

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

const UNIT_WORDS: Record<TIntervalUnit, [singular: string, plural: string]> = {
  DAY: ["day", "days"],
  WEEK: ["week", "weeks"],
  MONTH: ["month", "months"],
  YEAR: ["year", "years"],
};

function every(n: number, unit: TIntervalUnit): string {
  const [singular, plural] = UNIT_WORDS[unit];
  return n === 1 ? `every ${singular}` : `every ${n} ${plural}`;
}

function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

const ORDINAL_WORDS = { FIRST: "first", SECOND: "second", THIRD: "third", FOURTH: "fourth", LAST: "last" } as const;

const capitalized = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

function monthlyPosition(on: TMonthlyPosition): string {
  switch (on.type) {
    case "DAY":
      return `on the ${ordinalSuffix(on.day)}`;
    case "LAST_DAY":
      return "on the last day";
    case "NTH_WEEKDAY":
      return `on the ${ORDINAL_WORDS[on.ordinal]} ${capitalized(on.weekday)}`;
  }
}

const SEASON_WORDS = { SPRING: "spring", SUMMER: "summer", FALL: "fall", WINTER: "winter" } as const;
const HEMISPHERE_WORDS: Record<THemisphere, string> = { NORTH: "northern hemisphere", SOUTH: "southern hemisphere" };

function describeSeasonal(rule: TSeasonalRule): string {
  const season = SEASON_WORDS[rule.season];
  const offset = rule.offsetDays ?? 0;
  const when = offset === 0 ? `every ${season}` : `every ${season}, ${offset} day${offset === 1 ? "" : "s"} after it starts`;
  const custom = rule.seasonStarts?.[rule.season];
  if (custom && custom !== defaultSeasonStarts(rule.hemisphere)[rule.season]) {
    const { month, day } = parseMonthDay(custom);
    return `${when} (${season} starts ${monthName(month)} ${day})`;
  }
  return `${when} (${HEMISPHERE_WORDS[rule.hemisphere]})`;
}

function describeUsage(rule: Pick<TUsageRule, "every" | "unit">): string {
  // "every 1 hours" reads badly; drop a plural "s" for exactly one unit.
  const unit = rule.every === 1 && rule.unit.length > 2 && rule.unit.endsWith("s") ? rule.unit.slice(0, -1) : rule.unit;
  return `every ${numberFormat.format(rule.every)} ${unit} of use`;
}

function describeDateRule(rule: TDateRule): string {
  switch (rule.kind) {
    case "INTERVAL":
      return rule.anchor === "ROLLING" ? `${every(rule.every, rule.unit)} from completion` : every(rule.every, rule.unit);
    case "MONTHLY": {
      const position = monthlyPosition(rule.on);
      const base = rule.everyMonths === 1 ? `${position} of every month` : `${position}, every ${rule.everyMonths} months`;
      return rule.on.type === "DAY" && rule.on.day >= 29 ? `${base} (or the last day of shorter months)` : base;
    }
    case "SEASONAL":
      return describeSeasonal(rule);
  }
}

export function describeActiveMonths(window: TActiveMonths): string | null {
  const span = ((window.to - window.from + 12) % 12) + 1;
  if (span >= 12) return null; // the whole year: nothing to say
  return span === 1 ? `only in ${monthName(window.from)}` : `only ${monthName(window.from)}–${monthName(window.to)}`;
}

export function describeRule(rule: TScheduleRule, options: DescribeOptions = {}): string {
  let text: string;
  switch (rule.kind) {
    case "INTERVAL":
    case "MONTHLY":
    case "SEASONAL":
      text = describeDateRule(rule);
      break;
    case "USAGE":
      text = describeUsage(rule);
      break;
    case "WHICHEVER_FIRST":
      text = `${describeUsage(rule.usage)} or ${describeDateRule(rule.date)}, whichever comes first`;
      break;
    case "AFTER_SCHEDULE": {
      const name = options.scheduleName?.(rule.scheduleId);
      const what = name ? `“${name}”` : "the prerequisite task";
      const offset = rule.offsetDays ?? 0;
      const lead = offset === 0 ? "" : `${offset} day${offset === 1 ? "" : "s"} `;
      text = `${lead}after ${what} is completed`;
      break;
    }
  }
  const window = rule.activeMonths ? describeActiveMonths(rule.activeMonths) : null;
  return window ? `${text}, ${window}` : text;
}
