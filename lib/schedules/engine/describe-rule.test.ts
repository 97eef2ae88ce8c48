import { describe, expect, it } from "vitest";
import { describeActiveMonths, describeRule } from "./describe-rule";
import type { TScheduleRule } from "./types";

const cases: Array<[TScheduleRule, string]> = [
  [{ kind: "INTERVAL", every: 3, unit: "MONTH", anchor: "ROLLING", startDate: "2024-01-01" }, "every 3 months from completion"],
  [{ kind: "INTERVAL", every: 2, unit: "WEEK", anchor: "FIXED", startDate: "2024-01-01" }, "every 2 weeks"],
  [{ kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "2024-01-01" }, "every day"],
  [{ kind: "INTERVAL", every: 1, unit: "YEAR", anchor: "ROLLING", startDate: "2024-01-01" }, "every year from completion"],
  [{ kind: "MONTHLY", everyMonths: 1, on: { type: "LAST_DAY" }, startDate: "2024-01-01" }, "on the last day of every month"],
  [
    { kind: "MONTHLY", everyMonths: 1, on: { type: "NTH_WEEKDAY", ordinal: "SECOND", weekday: "SATURDAY" }, startDate: "2024-01-01" },
    "on the second Saturday of every month",
  ],
  [
    { kind: "MONTHLY", everyMonths: 1, on: { type: "NTH_WEEKDAY", ordinal: "LAST", weekday: "FRIDAY" }, startDate: "2024-01-01" },
    "on the last Friday of every month",
  ],
  [{ kind: "MONTHLY", everyMonths: 1, on: { type: "DAY", day: 1 }, startDate: "2024-01-01" }, "on the 1st of every month"],
  [{ kind: "MONTHLY", everyMonths: 3, on: { type: "DAY", day: 22 }, startDate: "2024-01-01" }, "on the 22nd, every 3 months"],
  [
    { kind: "MONTHLY", everyMonths: 1, on: { type: "DAY", day: 31 }, startDate: "2024-01-01" },
    "on the 31st of every month (or the last day of shorter months)",
  ],
  [{ kind: "MONTHLY", everyMonths: 1, on: { type: "DAY", day: 13 }, startDate: "2024-01-01" }, "on the 13th of every month"],
  [{ kind: "SEASONAL", season: "SPRING", hemisphere: "NORTH" }, "every spring (northern hemisphere)"],
  [{ kind: "SEASONAL", season: "FALL", hemisphere: "SOUTH", offsetDays: 14 }, "every fall, 14 days after it starts (southern hemisphere)"],
  [{ kind: "SEASONAL", season: "SPRING", hemisphere: "NORTH", seasonStarts: { SPRING: "04-15" } }, "every spring (spring starts April 15)"],
  [{ kind: "USAGE", every: 10000, unit: "km" }, "every 10,000 km of use"],
  [{ kind: "USAGE", every: 1, unit: "hours" }, "every 1 hour of use"],
  [{ kind: "USAGE", every: 2.5, unit: "cycles" }, "every 2.5 cycles of use"],
  [
    {
      kind: "WHICHEVER_FIRST",
      date: { kind: "INTERVAL", every: 6, unit: "MONTH", anchor: "FIXED", startDate: "2024-01-01" },
      usage: { kind: "USAGE", every: 250, unit: "hours" },
    },
    "every 250 hours of use or every 6 months, whichever comes first",
  ],
  [{ kind: "AFTER_SCHEDULE", scheduleId: "x" }, "after the prerequisite task is completed"],
  [{ kind: "AFTER_SCHEDULE", scheduleId: "x", offsetDays: 1 }, "1 day after the prerequisite task is completed"],
  [
    { kind: "INTERVAL", every: 2, unit: "WEEK", anchor: "FIXED", startDate: "2024-01-01", activeMonths: { from: 4, to: 10 } },
    "every 2 weeks, only April–October",
  ],
];

describe("describeRule", () => {
  it.each(cases)("%j → %s", (rule, text) => {
    expect(describeRule(rule)).toBe(text);
  });

  it("names the prerequisite schedule when it can", () => {
    const rule: TScheduleRule = { kind: "AFTER_SCHEDULE", scheduleId: "s1", offsetDays: 3 };
    expect(describeRule(rule, { scheduleName: (id) => (id === "s1" ? "Deep clean" : undefined) })).toBe(
      "3 days after “Deep clean” is completed",
    );
  });

  it("words active-month windows", () => {
    expect(describeActiveMonths({ from: 4, to: 10 })).toBe("only April–October");
    expect(describeActiveMonths({ from: 11, to: 2 })).toBe("only November–February");
    expect(describeActiveMonths({ from: 7, to: 7 })).toBe("only in July");
    expect(describeActiveMonths({ from: 1, to: 12 })).toBeNull();
    expect(describeActiveMonths({ from: 3, to: 2 })).toBeNull();
  });
});
