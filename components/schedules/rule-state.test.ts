import { describe, expect, it } from "vitest";
import { ZScheduleRuleInput } from "@/lib/schedules/seasonal-default";
import type { TMeterOut } from "@/lib/meters/schemas";
import { buildRule, defaultRuleState, ruleErrors, ruleStateFrom, type RuleState } from "./rule-state";

const meter: TMeterOut = {
  id: "7f1c2f4e-2a7b-4c1d-9a43-0f3d2b1c4e5f",
  assetId: "2b1c4e5f-2a7b-4c1d-9a43-0f3d7f1c2f4e",
  name: "Engine hours",
  unit: "HOURS",
  customUnit: null,
  latestValue: 10,
  latestReadAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
};
const base = defaultRuleState("2026-03-10");

describe("rule state", () => {
  const cases: [string, Partial<RuleState>][] = [
    ["interval", { kind: "INTERVAL", every: "2", unit: "WEEK", anchor: "ROLLING" }],
    ["monthly n-th weekday", { kind: "MONTHLY", dateKind: "MONTHLY", position: "NTH_WEEKDAY", ordinal: "SECOND", weekday: "SATURDAY" }],
    [
      "monthly last day with active months",
      { kind: "MONTHLY", dateKind: "MONTHLY", position: "LAST_DAY", activeMonthsOn: true, activeFrom: "11", activeTo: "2" },
    ],
    ["seasonal", { kind: "SEASONAL", dateKind: "SEASONAL", season: "FALL", hemisphere: "SOUTH", offsetDays: "14" }],
    [
      "seasonal with a custom start",
      {
        kind: "SEASONAL",
        dateKind: "SEASONAL",
        season: "SPRING",
        seasonStartMonth: "3",
        seasonStartDay: "20",
        otherSeasonStarts: { FALL: "09-22" },
      },
    ],
    ["usage", { kind: "USAGE", meterId: meter.id, usageEvery: "250.5" }],
    ["whichever first", { kind: "WHICHEVER_FIRST", dateKind: "MONTHLY", meterId: meter.id, usageEvery: "100" }],
  ];

  it.each(cases)("builds a valid %s rule that reads back to the same rule", (_name, patch) => {
    const rule = buildRule({ ...base, ...patch }, [meter]);
    expect(rule).not.toBeNull();
    expect(ZScheduleRuleInput.parse(rule)).toEqual(rule);
    if (rule) expect(buildRule(ruleStateFrom(rule, "2026-03-10"), [meter])).toEqual(rule);
  });

  it("names the meter's unit in a usage rule", () => {
    expect(buildRule({ ...base, kind: "USAGE", meterId: meter.id, usageEvery: "0,5" }, [meter])).toEqual({
      kind: "USAGE",
      every: 0.5,
      unit: "hours",
      meterId: meter.id,
    });
  });

  it("answers null with field errors while a rule is incomplete", () => {
    const state = { ...base, kind: "USAGE" as const, usageEvery: "-3" };
    expect(ruleErrors(state)).toEqual({ meterId: "Choose a meter", usageEvery: "A number above 0, like 250 or 0.5" });
    expect(buildRule(state, [meter])).toBeNull();
    expect(ruleErrors({ ...base, every: "1.5" })).toEqual({ every: "A whole number from 1 to 1000" });
  });

  it("sets the chosen season's custom start and refuses days that are not there every year", () => {
    const seasonal = { ...base, kind: "SEASONAL" as const, season: "WINTER" as const, seasonStartMonth: "12", seasonStartDay: "21" };
    expect(buildRule(seasonal, [])).toEqual({
      kind: "SEASONAL",
      season: "WINTER",
      offsetDays: 0,
      seasonStarts: { WINTER: "12-21" },
    });
    expect(ruleErrors({ ...seasonal, seasonStartMonth: "2", seasonStartDay: "29" })).toEqual({
      seasonStartDay: "A day that exists every year in that month",
    });
    expect(ruleErrors({ ...seasonal, seasonStartMonth: "4", seasonStartDay: "31" })).toEqual({
      seasonStartDay: "A day that exists every year in that month",
    });
    expect(buildRule({ ...seasonal, seasonStartMonth: "" }, [])).toEqual({
      kind: "SEASONAL",
      season: "WINTER",
      offsetDays: 0,
    });
  });

  it("leaves a new seasonal rule's hemisphere to the household until one is chosen, and keeps a saved one", () => {
    const seasonal = { ...base, kind: "SEASONAL" as const, dateKind: "SEASONAL" as const };
    expect(base.hemisphere).toBeNull();
    expect(buildRule(seasonal, [])).not.toHaveProperty("hemisphere");
    expect(buildRule({ ...seasonal, hemisphere: "SOUTH" }, [])).toMatchObject({ hemisphere: "SOUTH" });
    const whichever = { ...base, kind: "WHICHEVER_FIRST" as const, dateKind: "SEASONAL" as const, meterId: meter.id, usageEvery: "10" };
    expect(buildRule(whichever, [meter])).toMatchObject({ date: { kind: "SEASONAL", season: "SPRING" } });
    expect(buildRule(whichever, [meter])).not.toHaveProperty("date.hemisphere");
    expect(ruleStateFrom({ kind: "SEASONAL", season: "FALL", hemisphere: "NORTH" }, "2026-03-10").hemisphere).toBe("NORTH");
  });
});
