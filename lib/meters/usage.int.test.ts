/**
 * Meters and usage-based schedules: a reading that reaches the threshold creates a
 * USAGE task; a lower reading is refused unless marked as a reset; "whichever comes
 * first" brings an open date-based task forward.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk, inDays, scheduleApiAs, type ScheduleApi } from "@/lib/schedules/test-kit";
import type { TScheduleChangeOut } from "@/lib/schedules/schemas";
import type { TCompleteTaskOut, TTaskOut } from "@/lib/tasks/schemas";
import type { TMeterOut, TReadingOut, TRecordReadingOut } from "./schemas";

let owner: TestMember;
let api: ScheduleApi;
let assetId: string;

beforeAll(async () => {
  owner = await createHouseholdOwner("usage");
  api = scheduleApiAs(owner);
  assetId = (await db().asset.create({ data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Mower" } })).id;
});

async function newMeter(name: string): Promise<TMeterOut> {
  return expectOk<TMeterOut>(await api.createMeter(assetId, { name, unit: "HOURS" }), 201);
}

const read = async (meterId: string, body: Record<string, unknown>) => expectOk<TRecordReadingOut>(await api.recordReading(meterId, body), 201);

describe("usage-based schedules", () => {
  it("create a USAGE task when a reading reaches the threshold; lower readings need isReset", async () => {
    const meter = await newMeter("Engine hours");
    const created = expectOk<TScheduleChangeOut>(
      await api.createSchedule({ title: "Change oil", assetId, rule: { kind: "USAGE", every: 50, unit: "hours", meterId: meter.id } }),
      201,
    );
    expect(created).toMatchObject({ tasksCreated: 0, schedule: { description: "every 50 hours of use", nextTask: null } });

    expect((await read(meter.id, { value: 10.25 })).triggeredTaskIds).toEqual([]);
    expect((await read(meter.id, { value: 40 })).triggeredTaskIds).toEqual([]);
    const due = await read(meter.id, { value: 60.25 });
    expect(due.reading).toMatchObject({ value: 60.25, isReset: false, createdById: owner.auth.userId });
    expect(due.triggeredTaskIds).toHaveLength(1);
    const task = expectOk<TTaskOut>(await api.getTask(due.triggeredTaskIds[0] ?? ""));
    expect(task).toMatchObject({ scheduleId: created.schedule.id, trigger: "USAGE", status: "OPEN", plannedOn: inDays(0), assetId });
    expect((await read(meter.id, { value: 70 })).triggeredTaskIds).toEqual([]);

    const lower = await api.recordReading(meter.id, { value: 69.5 });
    expect(lower.status).toBe(422);
    expect(lower.body).toMatchObject({ errors: [{ path: "value", message: "Lower than the last reading (70)" }] });
    // The preview counts the meter's real readings: 70 − 10.25 is past 50 now; all readings are from
    // today, so there is no rate to project a second date from.
    const preview = expectOk<{ dates: unknown[] }>(await api.preview({ rule: { kind: "USAGE", every: 50, unit: "hours", meterId: meter.id }, count: 2 }));
    expect(preview.dates).toEqual([{ dueOn: inDays(0), trigger: "USAGE", estimated: false, adjustedFor: [] }]);
    const reset = await read(meter.id, { value: 0, isReset: true });
    expect(reset.reading).toMatchObject({ value: 0, isReset: true });

    const readings = expectOk<TReadingOut[]>(await api.listReadings(meter.id));
    expect(readings.map((r) => r.value)).toEqual([0, 70, 60.25, 40, 10.25]);
    expect(expectOk<TMeterOut[]>(await api.listMeters(assetId)).find((m) => m.id === meter.id)).toMatchObject({ latestValue: 0 });

    // Completing with a reading rebases the count: the reset continued from 70, so 30 more hours are not due yet.
    const done = expectOk<TCompleteTaskOut>(await api.complete(task.id, { meterReading: 1 }));
    expect(done.nextTask).toBeNull();
    expect((await read(meter.id, { value: 30 })).triggeredTaskIds).toEqual([]);
    expect((await read(meter.id, { value: 51 })).triggeredTaskIds).toHaveLength(1);
  });

  it("brings a whichever-comes-first task forward when the meter gets there before the date", async () => {
    const meter = await newMeter("Blade hours");
    const { schedule } = expectOk<TScheduleChangeOut>(
      await api.createSchedule({
        title: "Sharpen blade",
        assetId,
        rule: {
          kind: "WHICHEVER_FIRST",
          date: { kind: "INTERVAL", every: 1, unit: "YEAR", anchor: "ROLLING", startDate: inDays(100) },
          usage: { kind: "USAGE", every: 25, unit: "hours", meterId: meter.id },
        },
      }),
      201,
    );
    expect(schedule.nextTask).toMatchObject({ dueOn: inDays(100), trigger: "DATE" });
    await read(meter.id, { value: 5 });
    const fired = await read(meter.id, { value: 30 });
    expect(fired.triggeredTaskIds).toEqual([schedule.nextTask?.id]);
    expect(expectOk<TTaskOut>(await api.getTask(schedule.nextTask?.id ?? ""))).toMatchObject({ trigger: "USAGE", plannedOn: inDays(0) });
  });
});
