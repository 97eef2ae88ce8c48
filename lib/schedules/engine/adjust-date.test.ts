import { describe, expect, it } from "vitest";
import { adjustDueDate, adjustDueDay, isBusinessDay, NoAllowedDateError, type DateConstraints } from "./adjust-date";
import { toDayNumber, weekdayOf } from "@/lib/core/calendar-date";
import { scheduled, schedule } from "./test-helpers";

describe("blackouts", () => {
  it("moves past a one-off blackout that crosses the year end", () => {
    const c: DateConstraints = { blackouts: [{ from: "2024-12-20", to: "2025-01-06" }] };
    expect(adjustDueDate("2024-12-24", c)).toBe("2025-01-07");
    expect(adjustDueDate("2024-12-20", c)).toBe("2025-01-07");
    expect(adjustDueDate("2025-01-06", c)).toBe("2025-01-07");
    expect(adjustDueDate("2024-12-19", c)).toBe("2024-12-19");
  });

  it("handles a yearly blackout wrapping the year end (MM-DD)", () => {
    const c: DateConstraints = { blackouts: [{ from: "12-24", to: "01-02" }] };
    expect(adjustDueDate("2024-12-30", c)).toBe("2025-01-03");
    expect(adjustDueDate("2025-01-01", c)).toBe("2025-01-03");
    expect(adjustDueDate("2025-12-24", c)).toBe("2026-01-03");
    expect(adjustDueDate("2025-06-01", c)).toBe("2025-06-01");
  });

  it("treats a yearly end of 02-29 as Feb 28 in common years", () => {
    const c: DateConstraints = { blackouts: [{ from: "02-20", to: "02-29" }] };
    expect(adjustDueDate("2025-02-25", c)).toBe("2025-03-01");
    expect(adjustDueDate("2024-02-29", c)).toBe("2024-03-01");
  });

  it("chains adjacent and overlapping blackouts", () => {
    const c: DateConstraints = {
      blackouts: [
        { from: "2024-07-01", to: "2024-07-10" },
        { from: "2024-07-11", to: "2024-07-15" },
        { from: "2024-07-05", to: "2024-07-12" },
      ],
    };
    expect(adjustDueDate("2024-07-03", c)).toBe("2024-07-16");
  });

  it("the schedule reports a blackout move", () => {
    const s = schedule(
      { kind: "INTERVAL", every: 1, unit: "WEEK", anchor: "FIXED", startDate: "2024-12-02" },
      { blackouts: [{ from: "12-24", to: "01-01", label: "Holidays" }] },
    );
    const due = scheduled(s, { today: "2024-12-23", lastDueOn: "2024-12-23", lastCompletedOn: "2024-12-23" });
    expect(due.ruleDueOn).toBe("2024-12-30");
    expect(due.dueOn).toBe("2025-01-02");
    expect(due.adjustedFor).toEqual(["BLACKOUT"]);
  });
});

describe("business days", () => {
  it("skips weekends", () => {
    expect(weekdayOf("2024-06-01")).toBe(6);
    expect(adjustDueDate("2024-06-01", { businessDaysOnly: true })).toBe("2024-06-03");
    expect(adjustDueDate("2024-06-02", { businessDaysOnly: true })).toBe("2024-06-03");
    expect(adjustDueDate("2024-06-04", { businessDaysOnly: true })).toBe("2024-06-04");
  });

  it("Friday holiday + weekend → Monday", () => {
    // 2024-07-05 is a Friday.
    expect(adjustDueDate("2024-07-05", { businessDaysOnly: true, holidays: ["2024-07-05"] })).toBe("2024-07-08");
  });

  it("Easter: Good Friday, weekend and Easter Monday → Tuesday", () => {
    const c: DateConstraints = { businessDaysOnly: true, holidays: ["2024-03-29", "2024-04-01"] };
    expect(adjustDueDate("2024-03-29", c)).toBe("2024-04-02");
  });

  it("supports yearly holidays", () => {
    const c: DateConstraints = { businessDaysOnly: true, holidays: ["12-25", "12-26"] };
    expect(adjustDueDate("2024-12-25", c)).toBe("2024-12-27");
    expect(isBusinessDay(toDayNumber("2030-12-25"), ["12-25"])).toBe(false);
  });

  it("ignores holidays when business days are off", () => {
    expect(adjustDueDate("2024-07-05", { holidays: ["2024-07-05"] })).toBe("2024-07-05");
  });

  it("combines blackouts and weekends: a blackout ending Friday moves to Monday", () => {
    const c: DateConstraints = { businessDaysOnly: true, blackouts: [{ from: "2024-06-10", to: "2024-06-14" }] };
    expect(adjustDueDate("2024-06-12", c)).toBe("2024-06-17");
    const result = adjustDueDay(toDayNumber("2024-06-12"), c);
    expect(result.reasons).toEqual(["BLACKOUT", "NON_BUSINESS_DAY"]);
  });
});

describe("termination", () => {
  it("throws a clear error when everything is blacked out", () => {
    const c: DateConstraints = { blackouts: [{ from: "01-01", to: "12-31" }] };
    expect(() => adjustDueDate("2024-05-01", c)).toThrow(NoAllowedDateError);
    expect(() => adjustDueDate("2024-05-01", c)).toThrow(/No allowed due date within 3 years after 2024-05-01/);
  });

  it("throws when active months and blackouts exclude each other", () => {
    const c: DateConstraints = { activeMonths: { from: 2, to: 2 }, blackouts: [{ from: "02-01", to: "02-29" }] };
    expect(() => adjustDueDate("2024-05-01", c)).toThrow(NoAllowedDateError);
  });

  it("finds a date that is barely allowed (a one-off window after a long blackout)", () => {
    const c: DateConstraints = { blackouts: [{ from: "2024-01-01", to: "2026-06-30" }], businessDaysOnly: true };
    expect(adjustDueDate("2024-01-01", c)).toBe("2026-07-01");
  });
});
