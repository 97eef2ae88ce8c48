/**
 * Schedules end to end through the API: the first task on creation, FIXED vs ROLLING
 * after a completion, forward-only propagation of edits, dependencies and cycles.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { toCalendarDate } from "@/lib/core/calendar-date";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import type { TCompleteTaskOut, TSkipTaskOut, TTaskOut } from "@/lib/tasks/schemas";
import type { TPreviewOut, TScheduleChangeOut } from "./schemas";
import { expectOk, inDays, scheduleApiAs, type ScheduleApi } from "./test-kit";

let owner: TestMember;
let api: ScheduleApi;

beforeAll(async () => {
  owner = await createHouseholdOwner("sched");
  api = scheduleApiAs(owner);
});

const weekly = (anchor: "FIXED" | "ROLLING", startDate: string, every = 7) => ({ kind: "INTERVAL", every, unit: "DAY", anchor, startDate });

async function newSchedule(body: Record<string, unknown>): Promise<TScheduleChangeOut> {
  return expectOk<TScheduleChangeOut>(await api.createSchedule(body), 201);
}

async function openTaskOf(scheduleId: string): Promise<TTaskOut> {
  const page = expectOk<{ items: TTaskOut[] }>(await api.listTasks({ scheduleId, status: "OPEN" }));
  expect(page.items).toHaveLength(1);
  return page.items[0] as TTaskOut;
}

describe("creating and completing", () => {
  it("creates the first open task and, after a back-dated completion, FIXED stays on its grid while ROLLING counts from the completion", async () => {
    const fixed = await newSchedule({ title: "Fixed", rule: weekly("FIXED", inDays(3)) });
    const rolling = await newSchedule({ title: "Rolling", rule: weekly("ROLLING", inDays(3)) });
    expect(fixed).toMatchObject({
      tasksCreated: 1,
      schedule: { description: "every 7 days", nextTask: { dueOn: inDays(3), trigger: "DATE" } },
    });
    expect(rolling.schedule.description).toBe("every 7 days from completion");

    const fixedTask = await openTaskOf(fixed.schedule.id);
    const rollingTask = await openTaskOf(rolling.schedule.id);
    const fixedDone = expectOk<TCompleteTaskOut>(await api.complete(fixedTask.id, { completedOn: inDays(-2) }));
    const rollingDone = expectOk<TCompleteTaskOut>(await api.complete(rollingTask.id, { completedOn: inDays(-2) }));

    expect(fixedDone.task).toMatchObject({ status: "DONE", completedById: owner.auth.userId, plannedOn: inDays(3) });
    expect(fixedDone.nextTask).toMatchObject({ status: "OPEN", plannedOn: inDays(10), trigger: "DATE", scheduleId: fixed.schedule.id });
    expect(rollingDone.nextTask).toMatchObject({ status: "OPEN", plannedOn: inDays(5), trigger: "DATE" });
    expect((await api.complete(fixedTask.id)).status).toBe(409);
  });

  it("previews the next five dates with the rule in words, without saving", async () => {
    const before = await db().schedule.count();
    const preview = expectOk<TPreviewOut>(await api.preview({ rule: weekly("FIXED", inDays(1), 2) }));
    expect(preview.description).toBe("every 2 days");
    expect(preview.dates.map((d) => d.dueOn)).toEqual([1, 3, 5, 7, 9].map(inDays));
    expect(await db().schedule.count()).toBe(before);
  });
});

describe("editing a schedule", () => {
  it("re-dates and re-assigns only open future tasks and says how many changed", async () => {
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    const created = await newSchedule({ title: "Gutters", rule: weekly("FIXED", inDays(-14)) });
    const scheduleId = created.schedule.id;
    const first = await openTaskOf(scheduleId);
    expect(first.plannedOn).toBe(inDays(0));
    const done = expectOk<TCompleteTaskOut>(await api.complete(first.id));
    const skipped = expectOk<TSkipTaskOut>(await api.skip(done.nextTask?.id ?? ""));
    expect(skipped.nextTask?.plannedOn).toBe(inDays(14));
    const past = await db().task.create({
      data: { householdId: owner.auth.householdId, scheduleId, title: "Gutters", plannedOn: new Date(`${inDays(-3)}T00:00:00Z`) },
    });
    const untouched = await db().task.findMany({ where: { id: { in: [first.id, skipped.task.id, past.id] } }, orderBy: { id: "asc" } });

    const change = expectOk<TScheduleChangeOut>(
      await api.updateSchedule(scheduleId, {
        title: "Clean gutters",
        rule: weekly("FIXED", inDays(-14), 10),
        defaultAssigneeIds: [member.auth.userId],
      }),
    );

    expect(change).toMatchObject({ tasksChanged: 1, tasksCreated: 0, schedule: { title: "Clean gutters", description: "every 10 days" } });
    const future = expectOk<TTaskOut>(await api.getTask(skipped.nextTask?.id ?? ""));
    // Grid start − 14 + 10k, after the last planned occurrence (today + 7).
    expect(future).toMatchObject({
      plannedOn: inDays(16),
      title: "Clean gutters",
      assignees: [{ userId: member.auth.userId, completedAt: null }],
    });
    expect(await db().task.findMany({ where: { id: { in: untouched.map((t) => t.id) } }, orderBy: { id: "asc" } })).toEqual(untouched);

    const noop = expectOk<TScheduleChangeOut>(await api.updateSchedule(scheduleId, { leadDays: 3 }));
    expect(noop.tasksChanged).toBe(0);
  });

  it("moves one occurrence with reschedule and clears it again", async () => {
    const { schedule } = await newSchedule({ title: "Filter", rule: weekly("FIXED", inDays(4)) });
    const task = await openTaskOf(schedule.id);
    expect(expectOk<TTaskOut>(await api.reschedule(task.id, inDays(6)))).toMatchObject({
      plannedOn: inDays(4),
      rescheduledOn: inDays(6),
      dueOn: inDays(6),
    });
    expect(expectOk<TTaskOut>(await api.reschedule(task.id, null))).toMatchObject({ rescheduledOn: null, dueOn: inDays(4) });
  });
});

describe("dependencies", () => {
  it("makes the dependent schedule due at the completion plus its offset, and refuses cycles", async () => {
    const a = await newSchedule({ title: "Deep clean", rule: weekly("FIXED", inDays(0), 30) });
    const b = await newSchedule({ title: "Reseal grout", rule: { kind: "AFTER_SCHEDULE", scheduleId: a.schedule.id, offsetDays: 2 } });
    expect(b).toMatchObject({ tasksCreated: 0, schedule: { dependsOnScheduleId: a.schedule.id, dependencyOffsetDays: 2, nextTask: null } });

    const done = expectOk<TCompleteTaskOut>(await api.complete((await openTaskOf(a.schedule.id)).id));
    expect(done.triggeredTaskIds).toHaveLength(1);
    const dependentTask = expectOk<TTaskOut>(await api.getTask(done.triggeredTaskIds[0] ?? ""));
    expect(dependentTask).toMatchObject({ scheduleId: b.schedule.id, plannedOn: inDays(2), trigger: "DEPENDENCY", status: "OPEN" });

    const cycle = await api.updateSchedule(a.schedule.id, { rule: { kind: "AFTER_SCHEDULE", scheduleId: b.schedule.id } });
    expect(cycle.status).toBe(422);
    expect(cycle.body).toMatchObject({ detail: "This dependency would create a cycle: Deep clean → Reseal grout → Deep clean" });
    expect((await api.updateSchedule(a.schedule.id, { rule: { kind: "AFTER_SCHEDULE", scheduleId: a.schedule.id } })).status).toBe(422);
    expect((await db().schedule.findUniqueOrThrow({ where: { id: a.schedule.id } })).dependsOnScheduleId).toBeNull();
    expect((await api.deleteSchedule(a.schedule.id)).status).toBe(409);
  });
});

describe("requirements", () => {
  it("refuses completion with 422 listing exactly what is missing, then completes and plans the next task", async () => {
    const asset = await db().asset.create({ data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Furnace" } });
    const meter = expectOk<{ id: string }>(await api.createMeter(asset.id, { name: "Run hours", unit: "HOURS" }), 201);
    const { schedule } = await newSchedule({
      title: "Service furnace",
      assetId: asset.id,
      rule: weekly("FIXED", inDays(0), 90),
      requirements: {
        checklist: [
          { id: "filter", label: "Replace filter", required: true },
          { id: "wipe", label: "Wipe casing", required: false },
        ],
        photoCount: 1,
        meterId: meter.id,
        noteRequired: true,
      },
    });
    const task = await openTaskOf(schedule.id);
    const subtask = expectOk<TTaskOut>(await api.createSubtask(task.id, { title: "Order filter" }), 201);
    expect(subtask).toMatchObject({ parentTaskId: task.id, assetId: asset.id, scheduleId: null });

    const refused = await api.complete(task.id, {});
    expect(refused.status).toBe(422);
    expect((refused.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      "checklist.filter",
      "photoAttachmentIds",
      "meterReading",
      "note",
      `subtasks.${subtask.id}`,
    ]);

    expectOk(await api.complete(subtask.id));
    const photo = await db().attachment.create({
      data: {
        householdId: owner.auth.householdId,
        assetId: asset.id,
        kind: "PHOTO",
        fileName: "p.jpg",
        contentType: "image/jpeg",
        sizeBytes: 1,
        storageKey: `k-${task.id}`,
      },
    });
    const receipt = await db().attachment.create({
      data: {
        householdId: owner.auth.householdId,
        assetId: asset.id,
        kind: "RECEIPT",
        fileName: "r.pdf",
        contentType: "application/pdf",
        sizeBytes: 1,
        storageKey: `r-${task.id}`,
      },
    });
    const wrongKind = await api.complete(task.id, {
      checklist: ["filter"],
      photoAttachmentIds: [receipt.id],
      meterReading: 12.5,
      note: "ok",
    });
    expect((wrongKind.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      "photoAttachmentIds.0",
      "photoAttachmentIds",
    ]);

    const done = expectOk<TCompleteTaskOut>(
      await api.complete(task.id, {
        checklist: ["filter"],
        photoAttachmentIds: [photo.id],
        meterReading: 12.5,
        costMinor: 4999,
        note: "New filter",
      }),
    );
    expect(done.task).toMatchObject({
      status: "DONE",
      checklistState: ["filter"],
      completionPhotoIds: [photo.id],
      meterReadingValue: 12.5,
      costMinor: 4999,
      completionNote: "New filter",
    });
    expect(done.nextTask).toMatchObject({ plannedOn: inDays(90), status: "OPEN", requirements: { photoCount: 1 } });
    const readings = await db().meterReading.findMany({ where: { meterId: meter.id } });
    expect(readings.map((r) => r.value.toNumber())).toEqual([12.5]);
    expect(toCalendarDate(new Date(done.task.completedAt ?? ""))).toBe(inDays(0));
  });
});
