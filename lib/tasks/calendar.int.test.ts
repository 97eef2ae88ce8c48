/** GET /api/tasks/calendar: one month's due tasks by day, with the visibility of the task list. */
import { describe, expect, it } from "vitest";
import * as calendarRoute from "@/app/api/tasks/calendar/route";
import * as assetsRoute from "@/app/api/assets/route";
import { addHouseholdMember, callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { expectOk, scheduleApiAs } from "@/lib/schedules/test-kit";
import type { TTaskCalendarOut, TTaskOut } from "./schemas";

describe("task calendar", () => {
  it("groups a month's tasks by due day, honours reschedules and hides tasks of assets the caller cannot see", async () => {
    const owner = await createHouseholdOwner("cal");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "cal-member");
    const api = scheduleApiAs(owner);
    const asset = expectOk<{ id: string }>(
      await callRoute(assetsRoute.POST, {
        method: "POST",
        path: "/api/assets",
        authorization: owner.authorization,
        body: { name: "Boiler" },
      }),
      201,
    );
    const secret = expectOk<{ id: string }>(
      await callRoute(assetsRoute.POST, {
        method: "POST",
        path: "/api/assets",
        authorization: owner.authorization,
        body: { name: "Diary", visibility: "PRIVATE" },
      }),
      201,
    );
    const create = async (title: string, plannedOn: string | null, assetId: string | null = null) =>
      expectOk<TTaskOut>(await api.createTask({ title, plannedOn, assetId }), 201);
    const service = await create("Service boiler", "2031-03-14", asset.id);
    const bins = await create("Bins", "2031-03-14");
    const moved = await create("Moved in", "2031-04-02");
    expectOk(await api.reschedule(moved.id, "2031-03-31"));
    const movedOut = await create("Moved out", "2031-03-20");
    expectOk(await api.reschedule(movedOut.id, "2031-04-01"));
    const hidden = await create("Private", "2031-03-05", secret.id);
    await create("February", "2031-02-28");
    await create("Undated", null);
    const done = await create("Done", "2031-03-01");
    expectOk(await api.complete(done.id));

    const month = async (who: typeof owner, m: string) =>
      expectOk<TTaskCalendarOut>(
        await callRoute(calendarRoute.GET, { path: `/api/tasks/calendar?month=${m}`, authorization: who.authorization }),
      );
    const march = [
      { date: "2031-03-01", tasks: [{ id: done.id, title: "Done", status: "DONE", assetName: null }] },
      {
        date: "2031-03-14",
        // Same day: by id.
        tasks: [
          { id: service.id, title: "Service boiler", status: "OPEN", assetName: "Boiler" },
          { id: bins.id, title: "Bins", status: "OPEN", assetName: null },
        ].sort((a, b) => (a.id < b.id ? -1 : 1)),
      },
      { date: "2031-03-31", tasks: [{ id: moved.id, title: "Moved in", status: "OPEN", assetName: null }] },
    ];
    expect(await month(member, "2031-03")).toEqual(march);
    expect(await month(owner, "2031-03")).toEqual(
      [{ date: "2031-03-05", tasks: [{ id: hidden.id, title: "Private", status: "OPEN", assetName: "Diary" }] }, ...march].sort((a, b) =>
        a.date < b.date ? -1 : 1,
      ),
    );
    expect(await month(owner, "2031-05")).toEqual([]);
    expect(
      (await callRoute(calendarRoute.GET, { path: "/api/tasks/calendar?month=2031-13", authorization: owner.authorization })).status,
    ).toBe(422);
  });
});
