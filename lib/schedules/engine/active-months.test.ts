import { describe, expect, it } from "vitest";
import { isInActiveMonths, nextWindowOpening } from "./active-months";
import { fromDayNumber, toDayNumber } from "@/lib/core/calendar-date";
import { preview, schedule, scheduled } from "./test-helpers";
import type { TActiveMonths, TScheduleRule } from "./types";

const APR_OCT: TActiveMonths = { from: 4, to: 10 };
const NOV_FEB: TActiveMonths = { from: 11, to: 2 };

describe("active-month windows", () => {
  it("checks membership, including windows that wrap the year end", () => {
    const inWindow = (date: string, window: TActiveMonths): boolean => isInActiveMonths(toDayNumber(date), window);
    expect(inWindow("2024-04-01", APR_OCT)).toBe(true);
    expect(inWindow("2024-10-31", APR_OCT)).toBe(true);
    expect(inWindow("2024-11-01", APR_OCT)).toBe(false);
    expect(inWindow("2024-12-31", NOV_FEB)).toBe(true);
    expect(inWindow("2025-02-28", NOV_FEB)).toBe(true);
    expect(inWindow("2025-03-01", NOV_FEB)).toBe(false);
    expect(inWindow("2024-07-15", { from: 7, to: 7 })).toBe(true);
    expect(inWindow("2024-08-01", { from: 7, to: 7 })).toBe(false);
  });

  it("finds the next opening and its closing day", () => {
    const opening = (date: string, window: TActiveMonths): string[] => {
      const { opens, closes } = nextWindowOpening(toDayNumber(date), window);
      return [fromDayNumber(opens), fromDayNumber(closes)];
    };
    expect(opening("2024-11-15", APR_OCT)).toEqual(["2025-04-01", "2025-10-31"]);
    expect(opening("2024-02-15", APR_OCT)).toEqual(["2024-04-01", "2024-10-31"]);
    expect(opening("2024-03-15", NOV_FEB)).toEqual(["2024-11-01", "2025-02-28"]);
    expect(opening("2027-06-01", NOV_FEB)).toEqual(["2027-11-01", "2028-02-29"]);
  });
});

describe("active months applied to rules", () => {
  it("moves a monthly date outside the window to the opening day", () => {
    const rule: TScheduleRule = {
      kind: "MONTHLY",
      everyMonths: 1,
      on: { type: "DAY", day: 1 },
      startDate: "2024-01-01",
      activeMonths: APR_OCT,
    };
    const due = scheduled(schedule(rule), { today: "2024-11-02" });
    expect(due.dueOn).toBe("2025-04-01");
    expect(due.ruleDueOn).toBe("2024-12-01");
    expect(due.adjustedFor).toEqual(["ACTIVE_MONTHS"]);
  });

  it("keeps a monthly rule on its day when that comes within half a period of the opening", () => {
    const on15: TScheduleRule = {
      kind: "MONTHLY",
      everyMonths: 1,
      on: { type: "DAY", day: 15 },
      startDate: "2024-01-01",
      activeMonths: APR_OCT,
    };
    expect(preview(schedule(on15), "2024-10-20", 3)).toEqual(["2025-04-15", "2025-05-15", "2025-06-15"]);
    // The 20th is more than half a month after Apr 1: the opening day, then the regular 20th.
    const on20: TScheduleRule = { ...on15, on: { type: "DAY", day: 20 } };
    expect(preview(schedule(on20), "2024-10-21", 3)).toEqual(["2025-04-01", "2025-04-20", "2025-05-20"]);
  });

  it("FIXED interval: snaps to a nearby grid point instead of doubling up at the opening", () => {
    // Every 2 weeks from Wed 2025-01-08: the grid has Apr 2.
    const rule: TScheduleRule = {
      kind: "INTERVAL",
      every: 2,
      unit: "WEEK",
      anchor: "FIXED",
      startDate: "2025-01-08",
      activeMonths: APR_OCT,
    };
    expect(preview(schedule(rule), "2025-01-01", 3)).toEqual(["2025-04-02", "2025-04-16", "2025-04-30"]);
  });

  it("FIXED interval: opening day when the grid's first in-window point is more than half a period away", () => {
    // Every 2 weeks from 2025-01-03: the grid has Mar 28 and Apr 11; Apr 11 is 10 days in.
    const rule: TScheduleRule = {
      kind: "INTERVAL",
      every: 2,
      unit: "WEEK",
      anchor: "FIXED",
      startDate: "2025-01-03",
      activeMonths: APR_OCT,
    };
    expect(preview(schedule(rule), "2025-01-01", 3)).toEqual(["2025-04-01", "2025-04-11", "2025-04-25"]);
  });

  it("FIXED yearly outside the window still happens once per season, on the opening day", () => {
    const rule: TScheduleRule = {
      kind: "INTERVAL",
      every: 1,
      unit: "YEAR",
      anchor: "FIXED",
      startDate: "2024-01-15",
      activeMonths: APR_OCT,
    };
    expect(preview(schedule(rule), "2024-01-01", 3)).toEqual(["2024-04-01", "2025-04-01", "2026-04-01"]);
  });

  it("ROLLING moves to the opening day and rolls on from there", () => {
    const rule: TScheduleRule = {
      kind: "INTERVAL",
      every: 1,
      unit: "MONTH",
      anchor: "ROLLING",
      startDate: "2024-01-01",
      activeMonths: APR_OCT,
    };
    expect(preview(schedule(rule), "2024-09-10", 4, { lastCompletedOn: "2024-09-10", lastDueOn: "2024-09-10" })).toEqual([
      "2024-10-10",
      "2025-04-01",
      "2025-05-01",
      "2025-06-01",
    ]);
  });

  it("handles a window wrapping the year end (November–February)", () => {
    const rule: TScheduleRule = {
      kind: "MONTHLY",
      everyMonths: 1,
      on: { type: "DAY", day: 10 },
      startDate: "2024-01-01",
      activeMonths: NOV_FEB,
    };
    expect(preview(schedule(rule), "2024-03-01", 5)).toEqual(["2024-11-10", "2024-12-10", "2025-01-10", "2025-02-10", "2025-11-10"]);
  });

  it("stays a hard constraint when a weekend pushes the date past the window end", () => {
    // Oct 31, 2026 is a Saturday; Monday Nov 2 is outside Apr–Oct.
    const rule: TScheduleRule = {
      kind: "MONTHLY",
      everyMonths: 1,
      on: { type: "LAST_DAY" },
      startDate: "2026-01-01",
      activeMonths: APR_OCT,
    };
    const due = scheduled(schedule(rule, { businessDaysOnly: true }), { today: "2026-10-01" });
    expect(due.ruleDueOn).toBe("2026-10-31");
    expect(due.dueOn).toBe("2027-04-01");
    expect(due.adjustedFor).toEqual(["NON_BUSINESS_DAY", "ACTIVE_MONTHS"]);
  });
});
