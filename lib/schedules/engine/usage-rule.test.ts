import { describe, expect, it } from "vitest";
import { computeNextDue } from "./next-due";
import { preview, schedule, scheduled } from "./test-helpers";
import type { TMeterReading, TScheduleRule, TUsageRule } from "./types";
import { evaluateUsage, usageReached } from "./usage-rule";

const at = (iso: string, value: number): TMeterReading => ({ at: new Date(iso), value });
const hours = (every: number): TUsageRule => ({ kind: "USAGE", every, unit: "hours" });

describe("usage threshold", () => {
  it("tolerates floating-point noise in decimal meters", () => {
    expect(0.3 - 0.1).toBeLessThan(0.2);
    expect(usageReached(0.3 - 0.1, 0.2)).toBe(true);
    expect(usageReached(0.19, 0.2)).toBe(false);
    const result = evaluateUsage(
      { every: 0.2, unit: "kWh" },
      {
        readings: [at("2024-01-01T10:00:00Z", 0.1), at("2024-01-02T10:00:00Z", 0.3)],
        timeZone: "UTC",
        today: "2024-01-03",
      },
    );
    expect(result.status.dueNow).toBe(true);
    expect(result.dueSince).toBe("2024-01-02");
  });

  it("counts from the reading at the last completion and reports when it crossed", () => {
    const readings = [
      at("2024-01-01T12:00:00Z", 1000.5),
      at("2024-02-01T12:00:00Z", 1100.25),
      at("2024-03-01T12:00:00Z", 1260.75),
      at("2024-03-15T12:00:00Z", 1300),
    ];
    const result = evaluateUsage(
      { every: 150.5, unit: "hours" },
      { readings, timeZone: "UTC", today: "2024-03-20", lastCompletedOn: "2024-02-01" },
    );
    expect(result.status.baseline).toBe(1100.25);
    expect(result.status.used).toBeCloseTo(199.75, 10);
    expect(result.status.dueNow).toBe(true);
    expect(result.dueSince).toBe("2024-03-01");
    expect(result.projectedOn).toBeNull();
  });

  it("prefers the meter value recorded with the completion", () => {
    const readings = [at("2024-01-01T12:00:00Z", 0), at("2024-01-21T12:00:00Z", 101), at("2024-01-25T12:00:00Z", 120)];
    const result = evaluateUsage(hours(100), {
      readings,
      timeZone: "UTC",
      today: "2024-01-30",
      lastCompletedOn: "2024-01-15",
      usageAtLastCompletion: 60,
    });
    expect(result.status.used).toBe(60);
    expect(result.status.dueNow).toBe(false);
  });

  it("uses the household's time zone to decide which reading belongs to the completion day", () => {
    // 23:30 UTC on Mar 30 is already Mar 31 in Berlin.
    const readings = [at("2024-03-01T08:00:00Z", 0), at("2024-03-30T23:30:00Z", 40), at("2024-04-10T08:00:00Z", 60)];
    const berlin = evaluateUsage(hours(50), { readings, timeZone: "Europe/Berlin", today: "2024-04-11", lastCompletedOn: "2024-03-30" });
    expect(berlin.status.baseline).toBe(0);
    expect(berlin.status.dueNow).toBe(true);
    const utc = evaluateUsage(hours(50), { readings, timeZone: "UTC", today: "2024-04-11", lastCompletedOn: "2024-03-30" });
    expect(utc.status.baseline).toBe(40);
    expect(utc.status.dueNow).toBe(false);
  });

  it("ignores readings after today and unsorted input", () => {
    const readings = [at("2024-01-11T12:00:00Z", 50), at("2024-01-01T12:00:00Z", 0), at("2024-02-01T12:00:00Z", 500)];
    const result = evaluateUsage(hours(100), { readings, timeZone: "UTC", today: "2024-01-20" });
    expect(result.status.latest).toBe(50);
    expect(result.status.dueNow).toBe(false);
  });

  it("requires a time zone when there are readings", () => {
    expect(() => computeNextDue(schedule(hours(10)), { today: "2024-01-20", readings: [at("2024-01-01T00:00:00Z", 1)] })).toThrow(
      /time zone is required/,
    );
  });
});

describe("usage rule through computeNextDue", () => {
  const readings = [at("2024-01-01T12:00:00Z", 0), at("2024-01-11T12:00:00Z", 50)];

  it("projects the due date from the average rate", () => {
    const due = scheduled(schedule(hours(100)), { today: "2024-01-12", timeZone: "UTC", readings });
    // 5 hours/day, 50 remaining → 10 days after the last reading.
    expect(due).toMatchObject({ dueOn: "2024-01-21", trigger: "USAGE", estimated: true });
    expect(due.usage?.ratePerDay).toBe(5);
    expect(due.usage?.remaining).toBe(50);
  });

  it("is due since the crossing reading once the meter passed the threshold", () => {
    const more = [...readings, at("2024-01-21T12:00:00Z", 101), at("2024-01-25T12:00:00Z", 120)];
    const due = scheduled(schedule(hours(100)), { today: "2024-01-26", timeZone: "UTC", readings: more });
    expect(due).toMatchObject({ dueOn: "2024-01-21", trigger: "USAGE", estimated: false });
    expect(due.usage).toMatchObject({ dueNow: true, dueSince: "2024-01-21" });
  });

  it("re-planning after an already planned usage occurrence stays strictly after it", () => {
    const more = [...readings, at("2024-01-21T12:00:00Z", 101), at("2024-01-25T12:00:00Z", 120)];
    const due = scheduled(schedule(hours(100)), { today: "2024-01-26", timeZone: "UTC", readings: more, lastDueOn: "2024-01-21" });
    expect(due.dueOn).toBe("2024-01-22");
    expect(due.usage?.dueSince).toBe("2024-01-21");
  });

  it("does not project an estimate into the past", () => {
    const due = scheduled(schedule(hours(100)), { today: "2024-03-01", timeZone: "UTC", readings });
    expect(due.dueOn).toBe("2024-03-01");
    expect(due.estimated).toBe(true);
  });

  it("waits when there is no rate to project from", () => {
    expect(
      computeNextDue(schedule(hours(100)), { today: "2024-01-12", timeZone: "UTC", readings: [readings[0] as TMeterReading] }),
    ).toMatchObject({
      status: "WAITING",
      reason: "USAGE_NOT_PROJECTABLE",
    });
    expect(computeNextDue(schedule(hours(100)), { today: "2024-01-12" })).toMatchObject({ status: "WAITING" });
  });

  it("previews usage occurrences at the average rate", () => {
    expect(preview(schedule(hours(100)), "2024-01-12", 3, { timeZone: "UTC", readings })).toEqual([
      "2024-01-21",
      "2024-02-10",
      "2024-03-01",
    ]);
  });
});

describe("whichever comes first", () => {
  const rule: TScheduleRule = {
    kind: "WHICHEVER_FIRST",
    date: { kind: "INTERVAL", every: 6, unit: "MONTH", anchor: "FIXED", startDate: "2024-01-01" },
    usage: { kind: "USAGE", every: 250, unit: "hours" },
  };
  const context = { timeZone: "America/New_York", lastCompletedOn: "2024-01-01", lastDueOn: "2024-01-01" };

  it("reports USAGE when the meter passes the threshold first", () => {
    const readings = [at("2024-01-01T15:00:00Z", 1000), at("2024-02-15T15:00:00Z", 1200.4), at("2024-03-10T15:00:00Z", 1250.1)];
    const due = scheduled(schedule(rule), { ...context, today: "2024-03-12", readings });
    expect(due).toMatchObject({ trigger: "USAGE", dueOn: "2024-03-10", estimated: false });
  });

  it("reports DATE when the date comes first", () => {
    const readings = [at("2024-01-01T15:00:00Z", 1000), at("2024-03-01T15:00:00Z", 1010)];
    const due = scheduled(schedule(rule), { ...context, today: "2024-03-12", readings });
    expect(due).toMatchObject({ trigger: "DATE", dueOn: "2024-07-01", estimated: false });
    expect(due.usage?.used).toBe(10);
  });

  it("reports an estimated USAGE when the projection beats the date", () => {
    // 100 hours in 20 days = 5 h/day; 150 remaining → 30 days after Jan 21.
    const readings = [at("2024-01-01T15:00:00Z", 1000), at("2024-01-21T15:00:00Z", 1100)];
    const due = scheduled(schedule(rule), { ...context, today: "2024-01-22", readings });
    expect(due).toMatchObject({ trigger: "USAGE", dueOn: "2024-02-20", estimated: true });
  });

  it("a tie goes to DATE", () => {
    // 250 hours over 182 days ending exactly on Jul 1 → projection lands on Jul 1.
    const readings = [at("2024-01-01T15:00:00Z", 0), at("2024-01-02T15:00:00Z", 250 / 182)];
    const due = scheduled(schedule(rule), { ...context, today: "2024-01-03", readings });
    expect(due.trigger).toBe("DATE");
    expect(due.dueOn).toBe("2024-07-01");
  });

  it("without readings it is just the date rule", () => {
    expect(scheduled(schedule(rule), { ...context, today: "2024-03-12" })).toMatchObject({ trigger: "DATE", dueOn: "2024-07-01" });
  });
});
