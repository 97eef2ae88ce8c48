/** Multi-day household holidays: a business-days-only schedule skips every day of the range, one-off or yearly across year end. */
import { describe, expect, it } from "vitest";
import * as blackoutsRoute from "@/app/api/households/current/blackouts/route";
import { db } from "@/lib/server/db/client";
import { callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { expectOk, scheduleApiAs } from "./test-kit";
import type { TScheduleChangeOut } from "./schemas";

const fixedFrom = (startDate: string) => ({ kind: "INTERVAL", every: 30, unit: "DAY", anchor: "FIXED", startDate });

describe("multi-day holidays", () => {
  it("move a business-days-only schedule past every day of a one-off holiday range, and only those schedules", async () => {
    const owner = await createHouseholdOwner("holiday-range");
    const api = scheduleApiAs(owner);
    // Monday to Wednesday.
    const holiday = { kind: "HOLIDAY", startsOn: "2031-03-03", endsOn: "2031-03-05", label: "Carnival" };
    expect(
      (
        await callRoute(blackoutsRoute.POST, {
          method: "POST",
          path: "/api/households/current/blackouts",
          authorization: owner.authorization,
          body: holiday,
        })
      ).status,
    ).toBe(201);

    const business = expectOk<TScheduleChangeOut>(
      await api.createSchedule({ title: "Office plants", rule: fixedFrom("2031-03-03"), businessDaysOnly: true }),
      201,
    );
    expect(business.schedule.nextTask?.dueOn).toBe("2031-03-06");
    const everyDay = expectOk<TScheduleChangeOut>(await api.createSchedule({ title: "Home plants", rule: fixedFrom("2031-03-03") }), 201);
    expect(everyDay.schedule.nextTask?.dueOn).toBe("2031-03-03");
  });

  it("count every day of a yearly MM-DD range across the year end", async () => {
    const owner = await createHouseholdOwner("holiday-yearly");
    const api = scheduleApiAs(owner);
    await db().householdBlackout.create({
      data: { householdId: owner.auth.householdId, from: "12-30", to: "01-01", isHoliday: true, label: "New Year" },
    });
    // Tuesday 2031-12-30 .. Thursday 2032-01-01 are holidays: Friday is the first business day.
    const business = expectOk<TScheduleChangeOut>(
      await api.createSchedule({ title: "Close the books", rule: fixedFrom("2031-12-30"), businessDaysOnly: true }),
      201,
    );
    expect(business.schedule.nextTask?.dueOn).toBe("2032-01-02");
  });

  it("of another household do not move this household's schedules", async () => {
    const other = await createHouseholdOwner("holiday-other");
    await db().householdBlackout.create({
      data: { householdId: other.auth.householdId, from: "2031-06-02", to: "2031-06-06", isHoliday: true },
    });
    const owner = await createHouseholdOwner("holiday-mine");
    const mine = expectOk<TScheduleChangeOut>(
      await scheduleApiAs(owner).createSchedule({ title: "Check alarms", rule: fixedFrom("2031-06-02"), businessDaysOnly: true }),
      201,
    );
    expect(mine.schedule.nextTask?.dueOn).toBe("2031-06-02");
  });
});
