import { describe, expect, it } from "vitest";
import { ZMeterReading, ZSchedule, ZScheduleRule } from "./types";

describe("ZScheduleRule", () => {
  it("parses every rule kind", () => {
    const rules = [
      { kind: "INTERVAL", every: 3, unit: "MONTH", anchor: "ROLLING", startDate: "2024-01-31" },
      { kind: "MONTHLY", everyMonths: 1, on: { type: "DAY", day: 31 }, startDate: "2024-01-01", activeMonths: { from: 11, to: 2 } },
      { kind: "MONTHLY", everyMonths: 2, on: { type: "NTH_WEEKDAY", ordinal: "LAST", weekday: "FRIDAY" }, startDate: "2024-01-01" },
      { kind: "SEASONAL", season: "FALL", hemisphere: "SOUTH", offsetDays: 10, seasonStarts: { FALL: "03-20" } },
      { kind: "USAGE", every: 250.5, unit: "hours" },
      {
        kind: "WHICHEVER_FIRST",
        date: { kind: "INTERVAL", every: 6, unit: "MONTH", anchor: "FIXED", startDate: "2024-01-01" },
        usage: { kind: "USAGE", every: 250, unit: "hours", meterId: "01933b8c-7d4f-7a2e-9c1d-3f5e6a7b8c9d" },
      },
      { kind: "AFTER_SCHEDULE", scheduleId: "01933b8c-7d4f-7a2e-9c1d-3f5e6a7b8c9e", offsetDays: 2 },
    ];
    for (const rule of rules) expect(ZScheduleRule.parse(rule)).toEqual(rule);
  });

  it.each([
    ["a meter id that is not a UUID", { kind: "USAGE", every: 1, unit: "h", meterId: "m1" }],
    ["a prerequisite id that is not a UUID", { kind: "AFTER_SCHEDULE", scheduleId: "abc" }],
    ["a start year out of range", { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "0000-01-01" }],
    ["a usage step beyond any meter", { kind: "USAGE", every: 1e300, unit: "h" }],
    ["a unit with a NUL", { kind: "USAGE", every: 1, unit: "h\u0000" }],
  ])("refuses %s", (_label, rule) => {
    expect(ZScheduleRule.safeParse(rule).success).toBe(false);
  });

  it("strips unknown keys", () => {
    expect(ZScheduleRule.parse({ kind: "USAGE", every: 1, unit: "h", extra: true })).toEqual({ kind: "USAGE", every: 1, unit: "h" });
  });

  it.each([
    ["zero interval", { kind: "INTERVAL", every: 0, unit: "DAY", anchor: "FIXED", startDate: "2024-01-01" }],
    ["fractional interval", { kind: "INTERVAL", every: 1.5, unit: "DAY", anchor: "FIXED", startDate: "2024-01-01" }],
    ["non-existent start", { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "2023-02-29" }],
    ["day 32", { kind: "MONTHLY", everyMonths: 1, on: { type: "DAY", day: 32 }, startDate: "2024-01-01" }],
    [
      "fifth weekday",
      { kind: "MONTHLY", everyMonths: 1, on: { type: "NTH_WEEKDAY", ordinal: "FIFTH", weekday: "FRIDAY" }, startDate: "2024-01-01" },
    ],
    ["season starting Feb 29", { kind: "SEASONAL", season: "SPRING", hemisphere: "NORTH", seasonStarts: { SPRING: "02-29" } }],
    ["negative usage", { kind: "USAGE", every: -1, unit: "h" }],
    ["month 13", { kind: "USAGE", every: 1, unit: "h", activeMonths: { from: 1, to: 13 } }],
    [
      "a usage rule as the date side of WHICHEVER_FIRST",
      { kind: "WHICHEVER_FIRST", date: { kind: "USAGE", every: 1, unit: "h" }, usage: { kind: "USAGE", every: 1, unit: "h" } },
    ],
    ["unknown kind", { kind: "CRON", expression: "* * * * *" }],
  ])("rejects %s", (_label, rule) => {
    expect(ZScheduleRule.safeParse(rule).success).toBe(false);
  });
});

describe("ZSchedule", () => {
  const rule = { kind: "USAGE", every: 1, unit: "h" };

  it("accepts one-off and yearly blackouts and holidays", () => {
    const parsed = ZSchedule.parse({
      rule,
      blackouts: [
        { from: "2024-12-20", to: "2025-01-06" },
        { from: "12-24", to: "01-02", label: "Holidays" },
      ],
      businessDaysOnly: true,
      holidays: ["2024-07-04", "12-25"],
    });
    expect(parsed.blackouts).toHaveLength(2);
  });

  it("rejects reversed or mixed blackouts and bad holidays", () => {
    expect(ZSchedule.safeParse({ rule, blackouts: [{ from: "2025-01-06", to: "2024-12-20" }] }).success).toBe(false);
    expect(ZSchedule.safeParse({ rule, blackouts: [{ from: "2024-12-20", to: "01-06" }] }).success).toBe(false);
    expect(ZSchedule.safeParse({ rule, holidays: ["2024-02-30"] }).success).toBe(false);
  });
});

describe("ZMeterReading", () => {
  it("coerces ISO instants", () => {
    expect(ZMeterReading.parse({ at: "2024-01-01T10:00:00Z", value: 1.5 }).at.toISOString()).toBe("2024-01-01T10:00:00.000Z");
  });
});
