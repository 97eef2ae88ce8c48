import { describe, expect, it } from "vitest";
import { fromDayNumber } from "@/lib/core/calendar-date";
import { nthWeekdayOfMonth } from "./day-of-month-rule";
import { nextDue, preview, schedule } from "./test-helpers";
import type { TMonthlyPosition, TMonthlyRule } from "./types";

const monthly = (on: TMonthlyPosition, startDate: string, everyMonths = 1): TMonthlyRule => ({
  kind: "MONTHLY",
  everyMonths,
  on,
  startDate,
});

describe("monthly on day D", () => {
  it("day 31 clamps to the last day of 30-day months and February, then returns to 31", () => {
    const s = schedule(monthly({ type: "DAY", day: 31 }, "2024-01-01"));
    expect(preview(s, "2024-01-01", 5)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"]);
    const common = schedule(monthly({ type: "DAY", day: 31 }, "2023-01-01"));
    expect(preview(common, "2023-02-01", 2)).toEqual(["2023-02-28", "2023-03-31"]);
  });

  it("day 29 and 30 in February", () => {
    expect(nextDue(schedule(monthly({ type: "DAY", day: 30 }, "2023-01-01")), { today: "2023-02-01" })).toBe("2023-02-28");
    expect(nextDue(schedule(monthly({ type: "DAY", day: 29 }, "2024-01-01")), { today: "2024-02-01" })).toBe("2024-02-29");
    expect(nextDue(schedule(monthly({ type: "DAY", day: 29 }, "2025-01-01")), { today: "2025-02-01" })).toBe("2025-02-28");
  });

  it("never before the start date: a start after this month's day begins next cycle", () => {
    const s = schedule(monthly({ type: "DAY", day: 10 }, "2024-03-15"));
    expect(nextDue(s, { today: "2024-03-01" })).toBe("2024-04-10");
  });

  it("every N months counts from the start month", () => {
    const s = schedule(monthly({ type: "DAY", day: 15 }, "2024-02-01", 3));
    expect(preview(s, "2024-01-01", 4)).toEqual(["2024-02-15", "2024-05-15", "2024-08-15", "2024-11-15"]);
    // Joining mid-cycle stays in phase.
    expect(nextDue(s, { today: "2024-06-01" })).toBe("2024-08-15");
  });

  it("skips missed months and never repeats a completed occurrence", () => {
    const s = schedule(monthly({ type: "DAY", day: 5 }, "2024-01-01"));
    expect(nextDue(s, { today: "2024-04-20", lastDueOn: "2024-01-05", lastCompletedOn: "2024-04-20" })).toBe("2024-05-05");
    expect(nextDue(s, { today: "2024-04-01", lastDueOn: "2024-04-05", lastCompletedOn: "2024-04-01" })).toBe("2024-05-05");
  });
});

describe("monthly on the last day", () => {
  it("follows month lengths including leap February", () => {
    const s = schedule(monthly({ type: "LAST_DAY" }, "2024-01-01"));
    expect(preview(s, "2024-01-01", 4)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"]);
    expect(preview(schedule(monthly({ type: "LAST_DAY" }, "2023-02-01")), "2023-02-01", 1)).toEqual(["2023-02-28"]);
  });
});

describe("monthly on the n-th weekday", () => {
  it("second Saturday", () => {
    const s = schedule(monthly({ type: "NTH_WEEKDAY", ordinal: "SECOND", weekday: "SATURDAY" }, "2024-01-01"));
    expect(preview(s, "2024-01-01", 4)).toEqual(["2024-01-13", "2024-02-10", "2024-03-09", "2024-04-13"]);
  });

  it("last Friday", () => {
    const s = schedule(monthly({ type: "NTH_WEEKDAY", ordinal: "LAST", weekday: "FRIDAY" }, "2024-01-01"));
    expect(preview(s, "2024-01-01", 4)).toEqual(["2024-01-26", "2024-02-23", "2024-03-29", "2024-04-26"]);
  });

  it("first weekday when the month starts on that weekday, fourth at the end of February", () => {
    // June 2024 starts on a Saturday; Feb 2026 starts on a Sunday.
    expect(fromDayNumber(nthWeekdayOfMonth(2024, 6, 6, "FIRST"))).toBe("2024-06-01");
    expect(fromDayNumber(nthWeekdayOfMonth(2026, 2, 6, "FOURTH"))).toBe("2026-02-28");
    expect(fromDayNumber(nthWeekdayOfMonth(2026, 2, 0, "LAST"))).toBe("2026-02-22");
    expect(fromDayNumber(nthWeekdayOfMonth(2024, 3, 0, "LAST"))).toBe("2024-03-31");
  });

  it("moves to next month when this month's occurrence has passed", () => {
    const s = schedule(monthly({ type: "NTH_WEEKDAY", ordinal: "FIRST", weekday: "MONDAY" }, "2024-01-01"));
    expect(nextDue(s, { today: "2024-07-02" })).toBe("2024-08-05");
    expect(nextDue(s, { today: "2024-07-01" })).toBe("2024-07-01");
  });
});
