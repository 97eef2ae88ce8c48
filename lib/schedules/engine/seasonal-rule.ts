import "server-only";
import { civilFromDays, daysFromCivil, parseMonthDay, type DayNumber, type MonthDay } from "@/lib/core/calendar-date";
import type { RuleDue, RuleGrid, RuleState, THemisphere, TSeason, TSeasonalRule } from "./types";

/**
 * "Every spring" etc.: once a year on the day the season starts, plus an
 * optional offset into the season.
 *
 * Defaults are the meteorological seasons. The southern hemisphere is the
 * northern one shifted by six months (spring starts Sep 1 there). Overrides in
 * `rule.seasonStarts` are the household's own dates and are used as given.
 */

export const NORTHERN_SEASON_STARTS: Readonly<Record<TSeason, MonthDay>> = {
  SPRING: "03-01",
  SUMMER: "06-01",
  FALL: "09-01",
  WINTER: "12-01",
};

export const SOUTHERN_SEASON_STARTS: Readonly<Record<TSeason, MonthDay>> = {
  SPRING: "09-01",
  SUMMER: "12-01",
  FALL: "03-01",
  WINTER: "06-01",
};

export function defaultSeasonStarts(hemisphere: THemisphere): Readonly<Record<TSeason, MonthDay>> {
  return hemisphere === "NORTH" ? NORTHERN_SEASON_STARTS : SOUTHERN_SEASON_STARTS;
}

/** The "MM-DD" on which the rule's season starts. */
export function seasonStartOf(rule: Pick<TSeasonalRule, "season" | "hemisphere" | "seasonStarts">): MonthDay {
  return rule.seasonStarts?.[rule.season] ?? defaultSeasonStarts(rule.hemisphere)[rule.season];
}

export function seasonalGrid(rule: TSeasonalRule): RuleGrid {
  const { month, day } = parseMonthDay(seasonStartOf(rule));
  const offset = rule.offsetDays ?? 0;
  const occurrence = (year: number): DayNumber => daysFromCivil(year, month, day) + offset;
  return {
    periodDays: 365.2425,
    firstOnOrAfter(bound: DayNumber): DayNumber {
      // A large offset can carry last year's occurrence into this year
      // (winter Dec 1 + 45 days = Jan 15), so start one year back.
      let year = civilFromDays(bound).year - 1;
      let candidate = occurrence(year);
      while (candidate < bound) candidate = occurrence(++year);
      return candidate;
    },
  };
}

export function nextSeasonalDue(rule: TSeasonalRule, state: RuleState): RuleDue {
  const grid = seasonalGrid(rule);
  return { day: grid.firstOnOrAfter(state.lowerBound), grid };
}
