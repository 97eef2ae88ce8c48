import { describe, expect, it } from "vitest";
import { toDayNumber, fromDayNumber } from "@/lib/core/calendar-date";
import { addInterval } from "./interval-rule";
import { nextDue, preview, schedule } from "./test-helpers";
import type { TIntervalRule, TIntervalUnit } from "./types";

const fixed = (every: number, unit: TIntervalUnit, startDate: string): TIntervalRule => ({
  kind: "INTERVAL",
  every,
  unit,
  anchor: "FIXED",
  startDate,
});
const rolling = (every: number, unit: TIntervalUnit, startDate: string): TIntervalRule => ({
  ...fixed(every, unit, startDate),
  anchor: "ROLLING",
});

describe("FIXED interval", () => {
  it("keeps month ends on the grid of the original start (leap year)", () => {
    const s = schedule(fixed(1, "MONTH", "2024-01-31"));
    expect(preview(s, "2024-01-01", 6)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30"]);
  });

  it("keeps month ends on the grid in a common year", () => {
    const s = schedule(fixed(1, "MONTH", "2023-01-31"));
    expect(preview(s, "2023-01-15", 3)).toEqual(["2023-01-31", "2023-02-28", "2023-03-31"]);
  });

  it("does not drift after completing a clamped occurrence", () => {
    const s = schedule(fixed(1, "MONTH", "2023-01-31"));
    expect(nextDue(s, { today: "2023-02-28", lastDueOn: "2023-02-28", lastCompletedOn: "2023-02-28" })).toBe("2023-03-31");
  });

  it("yearly from Feb 29 falls on Feb 28 in common years and back on Feb 29 in leap years", () => {
    const s = schedule(fixed(1, "YEAR", "2024-02-29"));
    expect(preview(s, "2024-01-01", 5)).toEqual(["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]);
  });

  it("every 3 months from the 31st clamps in 30-day months and returns to the 31st", () => {
    const s = schedule(fixed(3, "MONTH", "2024-08-31"));
    expect(preview(s, "2024-08-01", 4)).toEqual(["2024-08-31", "2024-11-30", "2025-02-28", "2025-05-31"]);
  });

  it("skips missed occurrences instead of piling them up", () => {
    const s = schedule(fixed(1, "MONTH", "2024-01-01"));
    // Due Jan 1, done late on Mar 10: Feb 1 and Mar 1 are skipped.
    expect(nextDue(s, { today: "2024-03-10", lastDueOn: "2024-01-01", lastCompletedOn: "2024-03-10" })).toBe("2024-04-01");
    // Never completed, recomputed on Mar 15: the next one is Apr 1, not Feb 1.
    expect(nextDue(s, { today: "2024-03-15", lastDueOn: "2024-01-01" })).toBe("2024-04-01");
    // A completion recorded late (done Mar 10, entered Apr 5) does not plan into the past.
    expect(nextDue(s, { today: "2024-04-05", lastDueOn: "2024-03-01", lastCompletedOn: "2024-03-10" })).toBe("2024-05-01");
  });

  it("a grid point today is due today, the next is planned after a completion today", () => {
    const s = schedule(fixed(2, "WEEK", "2024-01-01"));
    expect(nextDue(s, { today: "2024-01-15" })).toBe("2024-01-15");
    expect(nextDue(s, { today: "2024-01-15", lastDueOn: "2024-01-15", lastCompletedOn: "2024-01-15" })).toBe("2024-01-29");
  });

  it("starts on the start date, or on the first grid point from today if it is in the past", () => {
    expect(nextDue(schedule(fixed(10, "DAY", "2024-05-01")), { today: "2024-04-01" })).toBe("2024-05-01");
    expect(nextDue(schedule(fixed(10, "DAY", "2024-05-01")), { today: "2024-05-12" })).toBe("2024-05-21");
  });

  it("early completion never plans the completed occurrence (or an earlier day) again", () => {
    const s = schedule(fixed(1, "WEEK", "2024-03-04"));
    // Due Monday Mar 11, done on Friday Mar 8.
    expect(nextDue(s, { today: "2024-03-08", lastDueOn: "2024-03-11", lastCompletedOn: "2024-03-08" })).toBe("2024-03-18");
    // Done a whole week early.
    expect(nextDue(s, { today: "2024-03-04", lastDueOn: "2024-03-11", lastCompletedOn: "2024-03-04" })).toBe("2024-03-18");
  });

  it("without lastDueOn an early completion cannot be recognised (documented contract)", () => {
    const s = schedule(fixed(1, "WEEK", "2024-03-04"));
    expect(nextDue(s, { today: "2024-03-08", lastCompletedOn: "2024-03-08" })).toBe("2024-03-11");
  });
});

describe("ROLLING interval", () => {
  it("is completion + interval", () => {
    const s = schedule(rolling(3, "MONTH", "2024-01-01"));
    expect(nextDue(s, { today: "2024-03-20", lastDueOn: "2024-03-01", lastCompletedOn: "2024-03-20" })).toBe("2024-06-20");
    expect(nextDue(s, { today: "2024-01-31", lastDueOn: "2024-01-01", lastCompletedOn: "2024-01-31" })).toBe("2024-04-30");
  });

  it("drifts with clamping, as 'from completion' implies", () => {
    const s = schedule(rolling(1, "MONTH", "2024-01-31"));
    expect(preview(s, "2024-01-01", 3)).toEqual(["2024-01-31", "2024-02-29", "2024-03-29"]);
  });

  it("keeps an old completion's due date even if it is overdue", () => {
    const s = schedule(rolling(1, "MONTH", "2024-01-01"));
    expect(nextDue(s, { today: "2024-06-01", lastCompletedOn: "2024-01-10" })).toBe("2024-02-10");
  });

  it("early completion never lands on or before the occurrence just completed", () => {
    const weekly = schedule(rolling(1, "WEEK", "2024-01-01"));
    // Due Mar 10, done Mar 2: Mar 9 would be before the completed occurrence.
    expect(nextDue(weekly, { today: "2024-03-02", lastDueOn: "2024-03-10", lastCompletedOn: "2024-03-02" })).toBe("2024-03-11");
    const daily = schedule(rolling(1, "DAY", "2024-01-01"));
    expect(nextDue(daily, { today: "2024-03-09", lastDueOn: "2024-03-10", lastCompletedOn: "2024-03-09" })).toBe("2024-03-11");
    expect(nextDue(daily, { today: "2024-03-10", lastDueOn: "2024-03-10", lastCompletedOn: "2024-03-10" })).toBe("2024-03-11");
  });

  it("before any completion: the start date, never in the past", () => {
    expect(nextDue(schedule(rolling(2, "WEEK", "2024-05-01")), { today: "2024-04-01" })).toBe("2024-05-01");
    expect(nextDue(schedule(rolling(2, "WEEK", "2024-05-01")), { today: "2024-06-01" })).toBe("2024-06-01");
  });
});

describe("addInterval", () => {
  it("adds every unit", () => {
    const add = (date: string, every: number, unit: TIntervalUnit): string => fromDayNumber(addInterval(toDayNumber(date), every, unit));
    expect(add("2024-02-28", 2, "DAY")).toBe("2024-03-01");
    expect(add("2024-12-30", 1, "WEEK")).toBe("2025-01-06");
    expect(add("2024-10-31", 4, "MONTH")).toBe("2025-02-28");
    expect(add("2024-02-29", 1, "YEAR")).toBe("2025-02-28");
  });
});
