/**
 * Who may call the schedule, task and meter endpoints: VIEWERs read but never write
 * (403), and another household's ids answer 404 exactly like missing ones.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk, inDays, scheduleApiAs, type ScheduleApi } from "@/lib/schedules/test-kit";
import type { TScheduleChangeOut } from "@/lib/schedules/schemas";
import type { TMeterOut } from "@/lib/meters/schemas";

let owner: TestMember;
let scheduleId: string;
let taskId: string;
let assetId: string;
let meterId: string;

beforeAll(async () => {
  owner = await createHouseholdOwner("perm");
  const api = scheduleApiAs(owner);
  assetId = (await db().asset.create({ data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Boiler" } })).id;
  meterId = expectOk<TMeterOut>(await api.createMeter(assetId, { name: "Cycles", unit: "CYCLES" }), 201).id;
  const created = expectOk<TScheduleChangeOut>(
    await api.createSchedule({
      title: "Bleed radiators",
      rule: { kind: "INTERVAL", every: 1, unit: "MONTH", anchor: "FIXED", startDate: inDays(1) },
    }),
    201,
  );
  scheduleId = created.schedule.id;
  taskId = created.schedule.nextTask?.id ?? "";
});

type Call = [label: string, run: (api: ScheduleApi) => Promise<{ status: number }>];

const reads = (): Call[] => [
  ["GET /advanced-schedules/{id}", (api) => api.getSchedule(scheduleId)],
  ["GET /tasks/{id}", (api) => api.getTask(taskId)],
  ["GET /assets/{id}/meters", (api) => api.listMeters(assetId)],
  ["GET /meters/{id}/readings", (api) => api.listReadings(meterId)],
];

const writesOnRecords = (): Call[] => [
  ["PATCH /advanced-schedules/{id}", (api) => api.updateSchedule(scheduleId, { title: "x" })],
  ["POST /advanced-schedules/{id}/pause", (api) => api.pause(scheduleId)],
  ["POST /advanced-schedules/{id}/resume", (api) => api.resume(scheduleId)],
  ["PATCH /tasks/{id}", (api) => api.updateTask(taskId, { notes: "x" })],
  ["POST /tasks/{id}/complete", (api) => api.complete(taskId)],
  ["POST /tasks/{id}/skip", (api) => api.skip(taskId)],
  ["POST /tasks/{id}/reschedule", (api) => api.reschedule(taskId, inDays(3))],
  ["POST /task-enhancements/{id}/subtasks", (api) => api.createSubtask(taskId, { title: "x" })],
  ["POST /assets/{id}/meters", (api) => api.createMeter(assetId, { name: "x", unit: "KM" })],
  ["POST /meters/{id}/readings", (api) => api.recordReading(meterId, { value: 1 })],
  ["DELETE /tasks/{id}", (api) => api.deleteTask(taskId)],
  ["DELETE /advanced-schedules/{id}", (api) => api.deleteSchedule(scheduleId)],
];

const writes = (): Call[] => [
  [
    "POST /advanced-schedules",
    (api) => api.createSchedule({ title: "x", rule: { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: inDays(0) } }),
  ],
  ["POST /tasks", (api) => api.createTask({ title: "x" })],
  ...writesOnRecords(),
];

describe("permission matrix", () => {
  it("a VIEWER reads (200) but every write answers 403 and changes nothing", async () => {
    const viewer = scheduleApiAs(await addHouseholdMember(owner.auth.householdId, "VIEWER"));
    const listTasks: Call = ["GET /tasks", (api) => api.listTasks()];
    for (const [label, run] of [...reads(), listTasks]) expect((await run(viewer)).status, label).toBe(200);
    expect(
      (await viewer.preview({ rule: { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: inDays(0) } })).status,
    ).toBe(200);
    for (const [label, run] of writes()) expect((await run(viewer)).status, label).toBe(403);
    expect(await db().task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ status: "OPEN", notes: "", rescheduledOn: null });
    expect(await db().schedule.count({ where: { householdId: owner.auth.householdId } })).toBe(1);
  });

  it("another household's owner gets 404 for every record and sees none in lists", async () => {
    const stranger = scheduleApiAs(await createHouseholdOwner("stranger"));
    for (const [label, run] of [...reads(), ...writesOnRecords()]) expect((await run(stranger)).status, label).toBe(404);
    expect(expectOk<{ items: unknown[] }>(await stranger.listTasks()).items).toEqual([]);
    expect(expectOk<unknown[]>(await stranger.listSchedules())).toEqual([]);
    expect((await stranger.listTasks({ assetId })).status).toBe(200);
  });

  it("schedules and tasks of an asset private to someone else are hidden like the asset", async () => {
    const api = scheduleApiAs(owner);
    const diary = await db().asset.create({
      data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Diary", visibility: "PRIVATE" },
    });
    const { schedule } = expectOk<TScheduleChangeOut>(
      await api.createSchedule({
        title: "Private",
        assetId: diary.id,
        rule: { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: inDays(0) },
      }),
      201,
    );
    const privateTaskId = schedule.nextTask?.id ?? "";
    const member = scheduleApiAs(await addHouseholdMember(owner.auth.householdId, "MEMBER"));
    expect((await member.getSchedule(schedule.id)).status).toBe(404);
    expect((await member.getTask(privateTaskId)).status).toBe(404);
    expect((await member.complete(privateTaskId)).status).toBe(404);
    expect((await member.updateSchedule(schedule.id, { title: "x" })).status).toBe(404);
    const listed = expectOk<{ items: { id: string }[] }>(await member.listTasks()).items.map((t) => t.id);
    expect(listed).toContain(taskId);
    expect(listed).not.toContain(privateTaskId);
    expect((await api.getTask(privateTaskId)).status).toBe(200);
  });

  it("a MEMBER may write", async () => {
    const member = scheduleApiAs(await addHouseholdMember(owner.auth.householdId, "MEMBER"));
    expect((await member.reschedule(taskId, inDays(5))).status).toBe(200);
    expect((await member.createTask({ title: "Buy salt" })).status).toBe(201);
  });
});
