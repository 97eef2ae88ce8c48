import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { calendarDateInZone, localDateTimeToInstant } from "@/lib/core/calendar-date";
import { computeNextDue, materializeOccurrences, previewOccurrences } from "./next-due";
import { nextDue, preview, schedule, scheduled } from "./test-helpers";
import type { TIntervalRule, TSchedule } from "./types";

const daily: TIntervalRule = { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "2024-01-01" };

describe("computeNextDue", () => {
  it("returns the rule date, the final date and what moved it", () => {
    const s = schedule({ ...daily, every: 7 }, { businessDaysOnly: true });
    // Grid from Monday Jan 1 → Mondays; nothing to move.
    expect(scheduled(s, { today: "2024-01-02" })).toEqual({
      status: "SCHEDULED",
      dueOn: "2024-01-08",
      ruleDueOn: "2024-01-08",
      trigger: "DATE",
      estimated: false,
      adjustedFor: [],
    });
  });

  it("is pure: the same input gives the same output, and inputs are not mutated", () => {
    const s: TSchedule = schedule(daily, { blackouts: [{ from: "2024-02-01", to: "2024-02-03" }], holidays: ["12-25"] });
    const frozen = JSON.stringify(s);
    const context = { today: "2024-01-31", lastDueOn: "2024-01-31", lastCompletedOn: "2024-01-31" };
    expect(computeNextDue(s, context)).toEqual(computeNextDue(s, context));
    expect(JSON.stringify(s)).toBe(frozen);
  });

  it("rejects malformed dates in the context", () => {
    expect(() => computeNextDue(schedule(daily), { today: "2024-02-30" })).toThrow(RangeError);
  });

  it("depends on the household's 'today': the same instant is a different day in Berlin and New York", () => {
    const now = new Date("2024-05-01T02:00:00Z");
    const s = schedule({ ...daily, every: 2, startDate: "2024-05-01" });
    expect(nextDue(s, { today: calendarDateInZone(now, "Europe/Berlin") })).toBe("2024-05-01");
    expect(nextDue(s, { today: calendarDateInZone(now, "America/New_York") })).toBe("2024-05-01");
    const later = new Date("2024-05-02T02:00:00Z"); // May 2 in Berlin, still May 1 in New York
    expect(nextDue(s, { today: calendarDateInZone(later, "Europe/Berlin") })).toBe("2024-05-03");
    expect(nextDue(s, { today: calendarDateInZone(later, "America/New_York") })).toBe("2024-05-01");
  });
});

describe("DST: schedules are calendar dates, so the local time never shifts", () => {
  it("a daily schedule across Berlin's spring-forward keeps 09:00 local", () => {
    const dates = materializeOccurrences(schedule(daily), "2024-03-29", "2024-04-02").map((o) => o.dueOn);
    expect(dates).toEqual(["2024-03-29", "2024-03-30", "2024-03-31", "2024-04-01", "2024-04-02"]);
    const instants = dates.map((d) => localDateTimeToInstant(d, "Europe/Berlin", "09:00").getTime());
    for (const [i, ms] of instants.entries()) {
      const local = new TZDate(ms, "Europe/Berlin");
      expect([local.getDate(), local.getHours(), local.getMinutes()]).toEqual([Number(dates[i]?.slice(8)), 9, 0]);
    }
    const gaps = instants.slice(1).map((ms, i) => (ms - (instants[i] ?? 0)) / 3_600_000);
    expect(gaps).toEqual([24, 23, 24, 24]);
  });

  it("a daily schedule across Berlin's fall-back keeps 09:00 local", () => {
    const dates = materializeOccurrences(schedule(daily), "2024-10-26", "2024-10-28").map((o) => o.dueOn);
    const instants = dates.map((d) => localDateTimeToInstant(d, "Europe/Berlin", "09:00").getTime());
    expect(instants.map((ms) => new TZDate(ms, "Europe/Berlin").getHours())).toEqual([9, 9, 9]);
    expect(((instants[1] ?? 0) - (instants[0] ?? 0)) / 3_600_000).toBe(25);
  });

  it("a weekly schedule across New York's fall-back and spring-forward stays on Sunday 09:00", () => {
    const weekly = schedule({ kind: "INTERVAL", every: 1, unit: "WEEK", anchor: "FIXED", startDate: "2024-10-20" });
    const fall = materializeOccurrences(weekly, "2024-10-20", "2024-11-10").map((o) => o.dueOn);
    expect(fall).toEqual(["2024-10-20", "2024-10-27", "2024-11-03", "2024-11-10"]);
    const spring = materializeOccurrences(weekly, "2025-03-02", "2025-03-16").map((o) => o.dueOn);
    expect(spring).toEqual(["2025-03-02", "2025-03-09", "2025-03-16"]);
    for (const d of [...fall, ...spring]) {
      const local = new TZDate(localDateTimeToInstant(d, "America/New_York", "09:00").getTime(), "America/New_York");
      expect([local.getDay(), local.getHours()]).toEqual([0, 9]);
    }
    const hoursBetween = (a: string, b: string): number =>
      (localDateTimeToInstant(b, "America/New_York", "09:00").getTime() -
        localDateTimeToInstant(a, "America/New_York", "09:00").getTime()) /
      3_600_000;
    expect(hoursBetween("2024-10-27", "2024-11-03")).toBe(169);
    expect(hoursBetween("2025-03-02", "2025-03-09")).toBe(167);
  });
});

describe("previewOccurrences", () => {
  it("returns the next N dates for the editor", () => {
    const s = schedule({
      kind: "MONTHLY",
      everyMonths: 1,
      on: { type: "NTH_WEEKDAY", ordinal: "SECOND", weekday: "SATURDAY" },
      startDate: "2024-01-01",
    });
    expect(previewOccurrences(s, "2024-05-20", 5)).toHaveLength(5);
    expect(preview(s, "2024-05-20", 2)).toEqual(["2024-06-08", "2024-07-13"]);
    expect(previewOccurrences(s, "2024-05-20", 0)).toEqual([]);
    expect(() => previewOccurrences(s, "2024-05-20", Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("reports the meter status only on the first (real) occurrence", () => {
    const s = schedule({ kind: "USAGE", every: 100, unit: "hours" });
    const readings = [
      { at: new Date("2024-01-01T12:00:00Z"), value: 0 },
      { at: new Date("2024-01-11T12:00:00Z"), value: 50 },
    ];
    const [first, second] = previewOccurrences(s, "2024-01-12", 2, { timeZone: "UTC", readings });
    expect(first?.usage?.used).toBe(50);
    expect(second?.usage).toBeUndefined();
    expect(second?.estimated).toBe(true);
  });

  it("continues an existing schedule from its last planned date", () => {
    const s = schedule({ kind: "INTERVAL", every: 2, unit: "WEEK", anchor: "ROLLING", startDate: "2024-01-01" });
    expect(preview(s, "2024-05-20", 3, { lastCompletedOn: "2024-05-18", lastDueOn: "2024-05-13" })).toEqual([
      "2024-06-01",
      "2024-06-15",
      "2024-06-29",
    ]);
  });
});

describe("materializeOccurrences", () => {
  it("a year of weekly and monthly occurrences", () => {
    const weekly = schedule({ kind: "INTERVAL", every: 1, unit: "WEEK", anchor: "FIXED", startDate: "2024-01-01" });
    expect(materializeOccurrences(weekly, "2024-01-01", "2024-12-31")).toHaveLength(53);
    const monthly = schedule({ kind: "MONTHLY", everyMonths: 1, on: { type: "LAST_DAY" }, startDate: "2024-01-01" });
    const year = materializeOccurrences(monthly, "2024-01-01", "2024-12-31");
    expect(year.map((o) => o.dueOn.slice(5))).toEqual([
      "01-31",
      "02-29",
      "03-31",
      "04-30",
      "05-31",
      "06-30",
      "07-31",
      "08-31",
      "09-30",
      "10-31",
      "11-30",
      "12-31",
    ]);
  });

  it("refuses absurd ranges instead of looping for ever", () => {
    expect(() => materializeOccurrences(schedule(daily), "2024-01-01", "2099-12-31")).toThrow(/More than 10000 occurrences/);
  });

  it("includes both ends of the range", () => {
    expect(materializeOccurrences(schedule(daily), "2024-02-28", "2024-03-01").map((o) => o.dueOn)).toEqual([
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
    ]);
  });

  it("does not pile up occurrences behind a blackout", () => {
    const s = schedule(daily, { blackouts: [{ from: "12-24", to: "01-01" }] });
    expect(materializeOccurrences(s, "2024-12-22", "2025-01-04").map((o) => o.dueOn)).toEqual([
      "2024-12-22",
      "2024-12-23",
      "2025-01-02",
      "2025-01-03",
      "2025-01-04",
    ]);
  });

  it("business days only: a daily schedule becomes weekdays without duplicates", () => {
    const s = schedule(daily, { businessDaysOnly: true, holidays: ["2024-07-04"] });
    expect(materializeOccurrences(s, "2024-07-01", "2024-07-09").map((o) => o.dueOn)).toEqual([
      "2024-07-01",
      "2024-07-02",
      "2024-07-03",
      "2024-07-05",
      "2024-07-08",
      "2024-07-09",
    ]);
  });
});
