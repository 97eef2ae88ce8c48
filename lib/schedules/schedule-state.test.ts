import { describe, expect, it } from "vitest";
import { computeNextDue } from "./engine";
import { engineSchedule, holidayDays, toCumulative, usageAt } from "./schedule-state";

const at = (hour: number) => new Date(Date.UTC(2026, 0, 1, hour));

describe("toCumulative", () => {
  it("continues the count across resets instead of dropping", () => {
    const series = toCumulative([
      { at: at(1), value: 100, isReset: false },
      { at: at(2), value: 150, isReset: false },
      { at: at(3), value: 0, isReset: true },
      { at: at(4), value: 20.5, isReset: false },
      { at: at(5), value: 5, isReset: true },
      { at: at(6), value: 6, isReset: false },
    ]);
    expect(series.map((r) => r.value)).toEqual([100, 150, 150, 170.5, 170.5, 171.5]);
    expect(series.map((r) => r.at)).toEqual([1, 2, 3, 4, 5, 6].map(at));
  });

  it("takes a first reading marked as a reset at face value", () => {
    expect(toCumulative([{ at: at(1), value: 7, isReset: true }]).map((r) => r.value)).toEqual([7]);
  });
});

describe("usageAt", () => {
  const readings = [
    { at: at(1), value: 10 },
    { at: at(5), value: 40 },
  ];
  it("is the last reading at or before the completion instant, even on the same day", () => {
    expect(usageAt(readings, at(4))).toBe(10);
    expect(usageAt(readings, at(5))).toBe(40);
    expect(usageAt(readings, at(0))).toBeNull();
    expect(usageAt(readings, null)).toBeNull();
  });
});

describe("holidayDays", () => {
  it("expands a one-off range to each of its days, inclusive", () => {
    expect(holidayDays({ from: "2031-12-30", to: "2032-01-02" })).toEqual(["2031-12-30", "2031-12-31", "2032-01-01", "2032-01-02"]);
    expect(holidayDays({ from: "2031-05-01", to: "2031-05-01" })).toEqual(["2031-05-01"]);
  });

  it("expands a yearly range, wrapping the year end and covering Feb 29", () => {
    expect(holidayDays({ from: "12-30", to: "01-02" })).toEqual(["12-30", "12-31", "01-01", "01-02"]);
    expect(holidayDays({ from: "02-28", to: "03-01" })).toEqual(["02-28", "02-29", "03-01"]);
    expect(holidayDays({ from: "12-25", to: "12-25" })).toEqual(["12-25"]);
  });

  it("falls back to the first day of a malformed range, and to nothing without one", () => {
    expect(holidayDays({ from: "2031-05-03", to: "2031-05-01" })).toEqual(["2031-05-03"]);
    expect(holidayDays({ from: "12-24", to: "2031-12-26" })).toEqual(["12-24"]);
    expect(holidayDays({ from: "soon", to: "later" })).toEqual([]);
  });

  it("makes a business-days-only schedule skip a whole yearly range over the year end", () => {
    const holidays = holidayDays({ from: "12-30", to: "01-01" });
    const rule = { kind: "INTERVAL", every: 1, unit: "YEAR", anchor: "FIXED", startDate: "2031-12-30" } as const;
    const due = computeNextDue(engineSchedule({ rule, blackouts: [], businessDaysOnly: true }, { blackouts: [], holidays }), {
      today: "2031-12-01",
      timeZone: "UTC",
      lastCompletedOn: null,
      lastDueOn: null,
    });
    expect(due).toMatchObject({ status: "SCHEDULED", dueOn: "2032-01-02", ruleDueOn: "2031-12-30" });
  });
});
