import { TZDate } from "@date-fns/tz";
import { addMonths as dfAddMonths, format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NoAllowedDateError } from "./adjust-date";
import { fromDayNumber, toDayNumber } from "@/lib/core/calendar-date";
import { computeNextDue, previewOccurrences, type NextDueContext } from "./next-due";
import type { TActiveMonths, TBlackout, TDateRule, TIntervalRule, TSchedule } from "./types";

/**
 * Property-based tests: random rules, constraints and histories. numRuns is
 * kept modest so the whole engine suite stays well under a few seconds.
 */

const RUNS = { numRuns: 300 };
const MIN_DAY = toDayNumber("2000-01-01");
const MAX_DAY = toDayNumber("2040-12-31");

const dayArb = fc.integer({ min: MIN_DAY, max: MAX_DAY });
const dateArb = dayArb.map(fromDayNumber);
const monthDayArb = fc.integer({ min: 0, max: 364 }).map((n) => fromDayNumber(toDayNumber("2023-01-01") + n).slice(5));

const intervalArb: fc.Arbitrary<TIntervalRule> = fc.record({
  kind: fc.constant("INTERVAL" as const),
  every: fc.integer({ min: 1, max: 18 }),
  unit: fc.constantFrom("DAY" as const, "WEEK" as const, "MONTH" as const, "YEAR" as const),
  anchor: fc.constantFrom("FIXED" as const, "ROLLING" as const),
  startDate: dateArb,
});

const dateRuleArb: fc.Arbitrary<TDateRule> = fc.oneof(
  intervalArb,
  fc.record({
    kind: fc.constant("MONTHLY" as const),
    everyMonths: fc.integer({ min: 1, max: 6 }),
    on: fc.oneof(
      fc.record({ type: fc.constant("DAY" as const), day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({ type: fc.constant("LAST_DAY" as const) }),
      fc.record({
        type: fc.constant("NTH_WEEKDAY" as const),
        ordinal: fc.constantFrom("FIRST" as const, "SECOND" as const, "THIRD" as const, "FOURTH" as const, "LAST" as const),
        weekday: fc.constantFrom(
          "SUNDAY" as const,
          "MONDAY" as const,
          "TUESDAY" as const,
          "WEDNESDAY" as const,
          "THURSDAY" as const,
          "FRIDAY" as const,
          "SATURDAY" as const,
        ),
      }),
    ),
    startDate: dateArb,
  }),
  fc.record(
    {
      kind: fc.constant("SEASONAL" as const),
      season: fc.constantFrom("SPRING" as const, "SUMMER" as const, "FALL" as const, "WINTER" as const),
      hemisphere: fc.constantFrom("NORTH" as const, "SOUTH" as const),
      offsetDays: fc.integer({ min: 0, max: 120 }),
    },
    { requiredKeys: ["kind", "season", "hemisphere"] },
  ),
);

const blackoutArb: fc.Arbitrary<TBlackout> = fc.oneof(
  fc.record({ start: dayArb, length: fc.integer({ min: 0, max: 90 }) }).map(({ start, length }) => ({
    from: fromDayNumber(start),
    to: fromDayNumber(start + length),
  })),
  // Yearly ranges, possibly wrapping the year end.
  fc.record({ from: monthDayArb, to: monthDayArb }).filter(({ from, to }) => {
    const span = (toDayNumber(`2023-${to}`) - toDayNumber(`2023-${from}`) + 365) % 365;
    return span <= 45;
  }),
);

const activeMonthsArb: fc.Arbitrary<TActiveMonths> = fc.record({
  from: fc.integer({ min: 1, max: 12 }),
  to: fc.integer({ min: 1, max: 12 }),
});

const scheduleArb: fc.Arbitrary<TSchedule> = fc.record({
  rule: fc
    .tuple(dateRuleArb, fc.option(activeMonthsArb, { nil: undefined }))
    .map(([rule, activeMonths]) => (activeMonths ? { ...rule, activeMonths } : rule)),
  blackouts: fc.array(blackoutArb, { maxLength: 4 }),
  businessDaysOnly: fc.boolean(),
  // Mostly yearly holidays, dense enough that occurrences regularly hit one.
  holidays: fc.array(fc.oneof(monthDayArb, monthDayArb, monthDayArb, dateArb), { maxLength: 24 }),
});

/** today plus an optional history in the recent past. */
const contextArb: fc.Arbitrary<NextDueContext> = fc
  .record({
    today: fc.integer({ min: MIN_DAY + 400, max: MAX_DAY - 400 }),
    completedAgo: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    dueAgo: fc.option(fc.integer({ min: -60, max: 400 }), { nil: undefined }),
  })
  .map(({ today, completedAgo, dueAgo }) => ({
    today: fromDayNumber(today),
    lastCompletedOn: completedAgo === undefined ? null : fromDayNumber(today - completedAgo),
    lastDueOn: dueAgo === undefined ? null : fromDayNumber(today - dueAgo),
  }));

// Oracles written independently of the engine's own helpers.
const inBlackout = (date: string, b: TBlackout): boolean => {
  if (b.from.length === 10) return b.from <= date && date <= b.to;
  const md = date.slice(5);
  return b.from <= b.to ? b.from <= md && md <= b.to : md >= b.from || md <= b.to;
};
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const inActiveMonths = (date: string, w: TActiveMonths): boolean => {
  const month = Number(date.slice(5, 7));
  return w.from <= w.to ? month >= w.from && month <= w.to : month >= w.from || month <= w.to;
};

/** Runs the check unless the random constraints exclude every day (a legitimate, tested error). */
function unlessUnsatisfiable(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof NoAllowedDateError)) throw error;
  }
}

describe("properties", () => {
  it("due dates never go backwards: each occurrence is after the previous one and after lastDueOn", () => {
    fc.assert(
      fc.property(scheduleArb, contextArb, (schedule, context) => {
        unlessUnsatisfiable(() => {
          const { today, ...history } = context;
          const dates = previewOccurrences(schedule, today, 6, history).map((o) => toDayNumber(o.dueOn));
          expect(dates).toHaveLength(6);
          for (let i = 1; i < dates.length; i++) expect(dates[i]).toBeGreaterThan(dates[i - 1] ?? Number.NaN);
          if (context.lastDueOn) expect(dates[0]).toBeGreaterThan(toDayNumber(context.lastDueOn));
        });
      }),
      RUNS,
    );
  });

  it("usage and whichever-first rules never go backwards either (random meter histories)", () => {
    const readingsArb = fc
      .record({
        start: fc.integer({ min: -400, max: 0 }),
        steps: fc.array(fc.record({ days: fc.integer({ min: 0, max: 40 }), used: fc.double({ min: 0, max: 80, noNaN: true }) }), {
          maxLength: 10,
        }),
      })
      .map(({ start, steps }) => {
        let offset = start;
        let value = 0;
        return steps.map(({ days, used }) => {
          offset += days;
          value += used;
          return { offset, value };
        });
      });
    const usageRuleArb = fc.oneof(
      fc.record({ kind: fc.constant("USAGE" as const), every: fc.double({ min: 0.1, max: 500, noNaN: true }), unit: fc.constant("hours") }),
      fc.record({
        kind: fc.constant("WHICHEVER_FIRST" as const),
        date: dateRuleArb,
        usage: fc.record({
          kind: fc.constant("USAGE" as const),
          every: fc.double({ min: 0.1, max: 500, noNaN: true }),
          unit: fc.constant("km"),
        }),
      }),
    );
    fc.assert(
      fc.property(usageRuleArb, contextArb, readingsArb, (rule, context, offsets) => {
        const todayMs = toDayNumber(context.today) * 86_400_000;
        const readings = offsets.map(({ offset, value }) => ({ at: new Date(todayMs + offset * 86_400_000 + 43_200_000), value }));
        const { today, ...history } = context;
        const dates = previewOccurrences({ rule }, today, 4, { ...history, readings, timeZone: "America/New_York" }).map((o) =>
          toDayNumber(o.dueOn),
        );
        for (let i = 1; i < dates.length; i++) expect(dates[i]).toBeGreaterThan(dates[i - 1] ?? Number.NaN);
        if (context.lastDueOn && dates.length > 0) expect(dates[0]).toBeGreaterThan(toDayNumber(context.lastDueOn));
        if (context.lastCompletedOn && dates.length > 0) expect(dates[0]).toBeGreaterThan(toDayNumber(context.lastCompletedOn));
      }),
      RUNS,
    );
  });

  it("calendar-anchored rules never plan before today or on/before the last completion", () => {
    fc.assert(
      fc.property(dateRuleArb, contextArb, (rule, context) => {
        const isRolling = rule.kind === "INTERVAL" && rule.anchor === "ROLLING";
        fc.pre(!isRolling);
        const due = computeNextDue({ rule }, context);
        if (due.status !== "SCHEDULED") throw new Error("date rules always schedule");
        const day = toDayNumber(due.dueOn);
        expect(day).toBeGreaterThanOrEqual(toDayNumber(context.today));
        if (context.lastCompletedOn) expect(day).toBeGreaterThan(toDayNumber(context.lastCompletedOn));
      }),
      RUNS,
    );
  });

  it("never lands in a blackout, outside the active months, or on a weekend/holiday with business days only", () => {
    fc.assert(
      fc.property(scheduleArb, contextArb, (schedule, context) => {
        unlessUnsatisfiable(() => {
          const { today, ...history } = context;
          for (const { dueOn } of previewOccurrences(schedule, today, 6, history)) {
            for (const b of schedule.blackouts ?? []) expect(inBlackout(dueOn, b), `${dueOn} in ${b.from}..${b.to}`).toBe(false);
            if (schedule.businessDaysOnly) {
              expect(isWeekend(dueOn)).toBe(false);
              expect(schedule.holidays?.some((h) => h === dueOn || h === dueOn.slice(5))).toBeFalsy();
            }
            if (schedule.rule.activeMonths) expect(inActiveMonths(dueOn, schedule.rule.activeMonths)).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });

  it("FIXED intervals stay on their grid and skip no grid point (checked against date-fns)", () => {
    const fixedArb = intervalArb.map((rule) => ({ ...rule, anchor: "FIXED" as const }));
    fc.assert(
      fc.property(fixedArb, contextArb, (rule, context) => {
        const { today, ...history } = context;
        const start = toDayNumber(rule.startDate);
        const gridIndex = (date: string): number => {
          const day = toDayNumber(date);
          if (rule.unit === "DAY" || rule.unit === "WEEK") {
            const step = rule.every * (rule.unit === "WEEK" ? 7 : 1);
            expect((day - start) % step).toBe(0);
            return (day - start) / step;
          }
          // Independent oracle: date-fns month arithmetic from the ORIGINAL start date.
          const stepMonths = rule.every * (rule.unit === "YEAR" ? 12 : 1);
          const [y, m] = date.split("-").map(Number) as [number, number];
          const [sy, sm] = rule.startDate.split("-").map(Number) as [number, number];
          const k = ((y - sy) * 12 + (m - sm)) / stepMonths;
          expect(Number.isInteger(k)).toBe(true);
          const expected = dfAddMonths(new TZDate(`${rule.startDate}T00:00:00Z`, "UTC"), k * stepMonths);
          expect(format(expected, "yyyy-MM-dd")).toBe(date);
          return k;
        };
        const occurrences = previewOccurrences({ rule }, today, 5, history).map((o) => o.dueOn);
        const indexes = occurrences.map(gridIndex);
        expect(indexes[0]).toBeGreaterThanOrEqual(0);
        for (let i = 1; i < indexes.length; i++) expect(indexes[i]).toBe((indexes[i - 1] ?? Number.NaN) + 1);
      }),
      RUNS,
    );
  });

  it("ROLLING is exactly completion + interval when nothing else interferes", () => {
    const rollingArb = intervalArb.map((rule) => ({ ...rule, anchor: "ROLLING" as const }));
    fc.assert(
      fc.property(rollingArb, dayArb, (rule, completed) => {
        const completedOn = fromDayNumber(completed);
        const due = computeNextDue({ rule }, { today: completedOn, lastCompletedOn: completedOn });
        const months = rule.unit === "MONTH" ? rule.every : rule.unit === "YEAR" ? rule.every * 12 : 0;
        const expected =
          months > 0
            ? format(dfAddMonths(new TZDate(`${completedOn}T00:00:00Z`, "UTC"), months), "yyyy-MM-dd")
            : fromDayNumber(completed + rule.every * (rule.unit === "WEEK" ? 7 : 1));
        expect(due).toMatchObject({ status: "SCHEDULED", dueOn: expected });
      }),
      RUNS,
    );
  });
});
