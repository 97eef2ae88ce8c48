/** Household blackouts and holidays through the API: who may change them, and that schedules plan around them. */
import { describe, expect, it } from "vitest";
import * as blackoutsRoute from "@/app/api/households/current/blackouts/route";
import * as blackoutRoute from "@/app/api/households/current/blackouts/[id]/route";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk, inDays, scheduleApiAs } from "@/lib/schedules/test-kit";
import type { TScheduleChangeOut } from "@/lib/schedules/schemas";
import type { TBlackoutOut } from "./blackouts-schemas";

const list = (who: TestMember) =>
  callRoute(blackoutsRoute.GET, { path: "/api/households/current/blackouts", authorization: who.authorization });
const add = (who: TestMember, body: unknown) =>
  callRoute(blackoutsRoute.POST, { method: "POST", path: "/api/households/current/blackouts", authorization: who.authorization, body });
const remove = (who: TestMember, id: string) =>
  callRoute(blackoutRoute.DELETE, {
    method: "DELETE",
    path: `/api/households/current/blackouts/${id}`,
    authorization: who.authorization,
    params: { id },
  });

describe("household blackouts", () => {
  it("moves the first due date of a schedule created after it past the blackout", async () => {
    const owner = await createHouseholdOwner("blackout");
    const api = scheduleApiAs(owner);
    const rule = { kind: "INTERVAL", every: 30, unit: "DAY", anchor: "FIXED", startDate: inDays(3) };
    const blackout = expectOk<TBlackoutOut>(
      await add(owner, { kind: "BLACKOUT", startsOn: inDays(2), endsOn: inDays(6), label: "Away" }),
      201,
    );
    expect(blackout).toMatchObject({ kind: "BLACKOUT", startsOn: inDays(2), endsOn: inDays(6), label: "Away" });

    const during = expectOk<TScheduleChangeOut>(await api.createSchedule({ title: "Water plants", rule }), 201);
    expect(during.schedule.nextTask?.dueOn).toBe(inDays(7));

    expect((await remove(owner, blackout.id)).status).toBe(204);
    const after = expectOk<TScheduleChangeOut>(await api.createSchedule({ title: "Water plants again", rule }), 201);
    expect(after.schedule.nextTask?.dueOn).toBe(inDays(3));
  });

  it("lists for everyone, changes only for managers, refuses bad ranges and keeps households apart", async () => {
    const owner = await createHouseholdOwner("bo-perm");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "bo-member");
    const stranger = await createHouseholdOwner("bo-stranger");
    const holiday = expectOk<TBlackoutOut>(
      await add(owner, { kind: "HOLIDAY", startsOn: "2031-12-25", endsOn: "2031-12-25", label: "Christmas" }),
      201,
    );
    const trip = expectOk<TBlackoutOut>(await add(owner, { kind: "BLACKOUT", startsOn: "2031-08-01", endsOn: "2031-08-14" }), 201);

    expect(expectOk<TBlackoutOut[]>(await list(member)).map((b) => [b.id, b.kind, b.label])).toEqual([
      [trip.id, "BLACKOUT", ""],
      [holiday.id, "HOLIDAY", "Christmas"],
    ]);
    expect((await add(member, { kind: "BLACKOUT", startsOn: "2031-01-01", endsOn: "2031-01-02" })).status).toBe(403);
    expect((await remove(member, trip.id)).status).toBe(403);
    expect((await add(owner, { kind: "BLACKOUT", startsOn: "2031-01-05", endsOn: "2031-01-02" })).status).toBe(422);
    expect((await add(owner, { kind: "HOLIDAY", startsOn: "2031-01-01", endsOn: "2032-01-02" })).status).toBe(422);

    expect(expectOk<TBlackoutOut[]>(await list(stranger))).toEqual([]);
    expect((await remove(stranger, trip.id)).status).toBe(404);
    expect((await remove(owner, "not-a-uuid")).status).toBe(404);
    expect((await remove(owner, trip.id)).status).toBe(204);
    expect(expectOk<TBlackoutOut[]>(await list(owner)).map((b) => b.id)).toEqual([holiday.id]);
  });
});
