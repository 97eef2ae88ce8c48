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

const read = async (meterId: string, body: Record<string, unknown>) =>
  expectOk<TRecordReadingOut>(await api.recordReading(meterId, body), 201);

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
    const preview = expectOk<{ dates: unknown[] }>(
      await api.preview({ rule: { kind: "USAGE", every: 50, unit: "hours", meterId: meter.id }, count: 2 }),
    );
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

  it("refuses a usage rule that could never fire: no asset, an asset without meters, another asset's meter (422)", async () => {
    const usage = { kind: "USAGE", every: 10, unit: "km" };
    const noAsset = await api.createSchedule({ title: "Never", rule: usage });
    expect(noAsset.status).toBe(422);
    expect(noAsset.body).toMatchObject({ errors: [{ path: "assetId" }] });
    const bare = (await db().asset.create({ data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Bare" } })).id;
    const noMeter = await api.createSchedule({ title: "Never", assetId: bare, rule: usage });
    expect(noMeter.status).toBe(422);
    expect(noMeter.body).toMatchObject({ errors: [{ path: "rule.meterId" }] });
    const elsewhere = await newMeter("Mower hours");
    const otherAsset = await api.createSchedule({ title: "Never", assetId: bare, rule: { ...usage, meterId: elsewhere.id } });
    expect(otherAsset.status).toBe(422);
    expect(otherAsset.body).toMatchObject({ errors: [{ path: "rule.meterId" }] });
    const composite = await api.createSchedule({
      title: "Never",
      rule: {
        kind: "WHICHEVER_FIRST",
        date: { kind: "INTERVAL", every: 1, unit: "YEAR", anchor: "ROLLING", startDate: inDays(30) },
        usage,
      },
    });
    expect(composite.status).toBe(422);
    expect(composite.body).toMatchObject({ errors: [{ path: "assetId" }] });

    // PATCH checks the rule against the stored asset, and the asset against the stored rule.
    const { schedule } = expectOk<TScheduleChangeOut>(
      await api.createSchedule({ title: "Fine", assetId, rule: { ...usage, meterId: elsewhere.id } }),
      201,
    );
    const moved = await api.updateSchedule(schedule.id, { assetId: null });
    expect(moved.status).toBe(422);
    expect(moved.body).toMatchObject({ errors: [{ path: "assetId" }] });
    const otherRule = await api.updateSchedule(schedule.id, { assetId: bare });
    expect(otherRule.status).toBe(422);
    expect((await api.updateSchedule(schedule.id, { title: "Still fine" })).status).toBe(200);
  });

  it("lets a reading given when completing a task trigger the other usage schedules on that meter", async () => {
    const meter = await newMeter("Shared hours");
    const oil = expectOk<TScheduleChangeOut>(
      await api.createSchedule({ title: "Oil", assetId, rule: { kind: "USAGE", every: 10, unit: "hours", meterId: meter.id } }),
      201,
    ).schedule;
    const filter = expectOk<TScheduleChangeOut>(
      await api.createSchedule({ title: "Filter", assetId, rule: { kind: "USAGE", every: 30, unit: "hours", meterId: meter.id } }),
      201,
    ).schedule;
    await read(meter.id, { value: 0 });
    const oilTask = (await read(meter.id, { value: 12 })).triggeredTaskIds;
    expect(oilTask).toHaveLength(1);

    // Completing the oil change at 35 hours: the filter (due at 30) fires through the same path as a reading on the meter.
    const done = expectOk<TCompleteTaskOut>(await api.complete(oilTask[0] ?? "", { meterReading: 35 }));
    expect(done.completed).toBe(true);
    const tasks = expectOk<{ items: TTaskOut[] }>(await api.listTasks({ scheduleId: filter.id }));
    expect(tasks.items).toHaveLength(1);
    expect(tasks.items[0]).toMatchObject({ trigger: "USAGE", status: "OPEN", plannedOn: inDays(0) });
    expect(done.triggeredTaskIds).toEqual([tasks.items[0]?.id]);
    // The completed schedule counts from its completion: 35 is its new base, so nothing is due for it yet.
    expect(done.nextTask).toBeNull();
    expect(expectOk<{ items: TTaskOut[] }>(await api.listTasks({ scheduleId: oil.id, status: "OPEN" })).items).toEqual([]);
  });
});
