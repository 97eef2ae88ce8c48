/**
 * A schedule's history through GET /api/advanced-schedules/{id}/history: closed
 * occurrences latest planned first, the completion day and early/late figure in the
 * household's zone (across both Berlin DST changes), skips, paging, and who may look.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as historyRoute from "@/app/api/advanced-schedules/[id]/history/route";
import { fromCalendarDate } from "@/lib/core/calendar-date";
import { db } from "@/lib/server/db/client";
import type { TCompleteTaskOut, TSkipTaskOut } from "@/lib/tasks/schemas";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import type { TScheduleChangeOut, TScheduleHistoryEntry, TScheduleHistoryPage } from "./schemas";
import { encodeHistoryCursor } from "./history-cursor";
import { expectOk, inDaysIn, scheduleApiAs } from "./test-kit";

// Not UTC, so "today" differs from the server's for an hour a day: the dates below must follow the household.
const ZONE = "Europe/Berlin";
let owner: TestMember;
let member: TestMember;

beforeAll(async () => {
  owner = await createHouseholdOwner("history-owner");
  member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "Robin");
  await db().household.update({ where: { id: owner.auth.householdId }, data: { timeZone: ZONE } });
});

function history(as: Pick<TestMember, "authorization">, scheduleId: string, query: Record<string, string | number> = {}) {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const search = params.size ? `?${params.toString()}` : "";
  return callRoute(historyRoute.GET, {
    path: `/api/advanced-schedules/${scheduleId}/history${search}`,
    authorization: as.authorization,
    params: { id: scheduleId },
  });
}

const weekly = (startDate: string) => ({ kind: "INTERVAL", every: 1, unit: "WEEK", anchor: "FIXED", startDate });

async function newSchedule(as: TestMember, body: Record<string, unknown>): Promise<TScheduleChangeOut> {
  return expectOk<TScheduleChangeOut>(await scheduleApiAs(as).createSchedule({ rule: weekly(inDaysIn(ZONE, 30)), ...body }), 201);
}

/** A past occurrence as the app would have left it, with exact instants. */
async function pastTask(
  scheduleId: string,
  fields: {
    plannedOn: string;
    status: "DONE" | "SKIPPED" | "CANCELLED" | "OPEN";
    completedAt?: string;
    rescheduledOn?: string;
    completionNote?: string;
    parentTaskId?: string;
  },
) {
  const { plannedOn, rescheduledOn, completedAt, ...rest } = fields;
  const done = fields.status === "DONE";
  return db().task.create({
    data: {
      householdId: owner.auth.householdId,
      scheduleId,
      title: "Descale the kettle",
      trigger: "DATE",
      plannedOn: fromCalendarDate(plannedOn),
      rescheduledOn: rescheduledOn ? fromCalendarDate(rescheduledOn) : null,
      completedAt: completedAt ? new Date(completedAt) : null,
      completedById: done ? owner.auth.userId : null,
      ...rest,
    },
  });
}

describe("a schedule's past occurrences", () => {
  let scheduleId: string;
  let all: TScheduleHistoryEntry[];

  beforeAll(async () => {
    scheduleId = (await newSchedule(owner, { title: "Descale the kettle" })).schedule.id;
    // Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    await pastTask(scheduleId, { plannedOn: "2026-03-29", status: "DONE", completedAt: "2026-03-29T22:30:00Z" }); // 00:30 CEST next day
    await pastTask(scheduleId, { plannedOn: "2026-04-05", status: "SKIPPED", completionNote: "Away on holiday" });
    await pastTask(scheduleId, {
      plannedOn: "2026-04-12",
      rescheduledOn: "2026-04-14",
      status: "DONE",
      completedAt: "2026-04-14T10:00:00Z",
    });
    await pastTask(scheduleId, { plannedOn: "2026-05-01", status: "CANCELLED" });
    await pastTask(scheduleId, { plannedOn: "2026-10-25", status: "DONE", completedAt: "2026-10-25T23:30:00Z" }); // 00:30 CET next day
    const early = await pastTask(scheduleId, { plannedOn: "2026-10-27", status: "DONE", completedAt: "2026-10-24T22:30:00Z" }); // 00:30 CEST Oct 25
    // Neither a subtask nor the open occurrence belongs to the history.
    await pastTask(scheduleId, { plannedOn: "2026-10-27", status: "DONE", completedAt: "2026-10-24T22:30:00Z", parentTaskId: early.id });
    await pastTask(scheduleId, { plannedOn: "2026-11-03", status: "OPEN" });
    all = expectOk<TScheduleHistoryPage>(await history(owner, scheduleId)).items;
  });

  it("lists done, skipped and cancelled top-level occurrences, latest planned first", () => {
    expect(all.map((e) => [e.plannedOn, e.status])).toEqual([
      ["2026-10-27", "DONE"],
      ["2026-10-25", "DONE"],
      ["2026-05-01", "CANCELLED"],
      ["2026-04-12", "DONE"],
      ["2026-04-05", "SKIPPED"],
      ["2026-03-29", "DONE"],
    ]);
  });

  it("counts days early or late against the due day in the household's zone, across both DST changes", () => {
    const byPlan = new Map(all.map((e) => [e.plannedOn, e]));
    // A UTC reading would call these 0, 0 and 3 days early; Berlin's calendar says otherwise.
    expect(byPlan.get("2026-03-29")).toMatchObject({ completedAt: "2026-03-29T22:30:00.000Z", completedOn: "2026-03-30", daysLate: 1 });
    expect(byPlan.get("2026-10-25")).toMatchObject({ completedOn: "2026-10-26", daysLate: 1 });
    expect(byPlan.get("2026-10-27")).toMatchObject({ completedOn: "2026-10-25", daysLate: -2 });
    // A reschedule moves the due day: done on the new day is on time.
    expect(byPlan.get("2026-04-12")).toMatchObject({
      rescheduledOn: "2026-04-14",
      dueOn: "2026-04-14",
      completedOn: "2026-04-14",
      daysLate: 0,
    });
    expect(byPlan.get("2026-03-29")?.completedBy).toEqual({ userId: owner.auth.userId, name: "history-owner" });
  });

  it("gives skipped and cancelled occurrences no completion day, figure or doer, and keeps the skip note", () => {
    const skipped = all.find((e) => e.status === "SKIPPED");
    expect(skipped).toMatchObject({
      completedAt: null,
      completedOn: null,
      daysLate: null,
      completedBy: null,
      completionNote: "Away on holiday",
    });
    expect(all.find((e) => e.status === "CANCELLED")).toMatchObject({ completedOn: null, daysLate: null, completedBy: null });
  });

  it("pages with a cursor without gaps or repeats, and refuses a cursor it did not issue", async () => {
    const seen: TScheduleHistoryEntry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: TScheduleHistoryPage = expectOk<TScheduleHistoryPage>(
        await history(owner, scheduleId, { limit: 4, ...(cursor ? { cursor } : {}) }),
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen.map((e) => e.taskId)).toEqual(all.map((e) => e.taskId));

    const taskListCursor = Buffer.from(JSON.stringify(["due", "2026-05-01", all[0]?.taskId])).toString("base64url");
    for (const bad of ["not-a-cursor", taskListCursor]) {
      const refused = await history(owner, scheduleId, { cursor: bad });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: "VALIDATION", errors: [{ path: "cursor" }] });
    }
  });

  it("pages past rows that share a planned day by id", async () => {
    const tied = (await newSchedule(owner, { title: "Tied" })).schedule.id;
    const rows = [];
    for (let i = 0; i < 3; i += 1) rows.push(await pastTask(tied, { plannedOn: "2026-06-01", status: "SKIPPED" }));
    const first = expectOk<TScheduleHistoryPage>(await history(owner, tied, { limit: 1 }));
    const after = encodeHistoryCursor({ plannedOn: "2026-06-01", id: first.items[0]?.taskId ?? "" });
    const rest = expectOk<TScheduleHistoryPage>(await history(owner, tied, { cursor: after }));
    expect([...first.items, ...rest.items].map((e) => e.taskId)).toEqual(rows.map((r) => r.id).reverse());
    expect(rest.nextCursor).toBeNull();
  });
});

describe("what completing and skipping leave in the history", () => {
  it("shows who completed an EACH-mode occurrence, each assignee's day, the note, reading, cost and trigger; then the skip", async () => {
    const { schedule } = await newSchedule(owner, {
      title: "Clean the filters",
      rule: weekly(inDaysIn(ZONE, -14)),
      assignmentMode: "EACH",
      defaultAssigneeIds: [owner.auth.userId, member.auth.userId],
    });
    const ownerApi = scheduleApiAs(owner);
    const memberApi = scheduleApiAs(member);
    const taskId = schedule.nextTask?.id ?? "";
    expect(expectOk<TCompleteTaskOut>(await ownerApi.complete(taskId)).completed).toBe(false);
    const done = expectOk<TCompleteTaskOut>(
      await memberApi.complete(taskId, { note: "Both filters rinsed", costMinor: 1250, meterReading: 12.5 }),
    );
    expect(done.completed).toBe(true);
    expectOk<TSkipTaskOut>(await memberApi.skip(done.nextTask?.id ?? ""));

    const page = expectOk<TScheduleHistoryPage>(await history(member, schedule.id));
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((e) => e.status)).toEqual(["SKIPPED", "DONE"]);
    const [skipped, completed] = page.items;
    expect(skipped).toMatchObject({ taskId: done.nextTask?.id, completedBy: null, daysLate: null, plannedOn: done.nextTask?.plannedOn });
    expect(completed).toMatchObject({
      taskId,
      plannedOn: done.task.plannedOn,
      daysLate: 0,
      completedBy: { userId: member.auth.userId, name: "Robin" },
      assignmentMode: "EACH",
      // EACH-mode notes may be prefixed with who wrote them.
      completionNote: expect.stringContaining("Both filters rinsed"),
      costMinor: 1250,
      meterReadingValue: 12.5,
      trigger: "DATE",
    });
    expect(completed?.completedOn).toBe(done.task.plannedOn);
    expect(completed?.assignees.map((a) => [a.name, a.completedOn])).toEqual(
      [owner, member]
        .sort((a, b) => (a.auth.userId < b.auth.userId ? -1 : 1))
        .map((m) => [m === owner ? "history-owner" : "Robin", done.task.plannedOn]),
    );
  });
});

describe("people who left", () => {
  it("keep their completions in the history, without a name", async () => {
    const leaver = await addHouseholdMember(owner.auth.householdId, "MEMBER", "Leaver");
    const { schedule } = await newSchedule(owner, { title: "Sweep the chimney", rule: weekly(inDaysIn(ZONE, -7)) });
    expectOk<TCompleteTaskOut>(await scheduleApiAs(leaver).complete(schedule.nextTask?.id ?? ""));
    expect(expectOk<TScheduleHistoryPage>(await history(owner, schedule.id)).items[0]?.completedBy).toEqual({
      userId: leaver.auth.userId,
      name: "Leaver",
    });
    await db().membership.deleteMany({ where: { userId: leaver.auth.userId, householdId: owner.auth.householdId } });
    expect(expectOk<TScheduleHistoryPage>(await history(owner, schedule.id)).items[0]?.completedBy).toEqual({
      userId: leaver.auth.userId,
      name: null,
    });
  });
});

describe("who may read a history", () => {
  it("answers 404 for another household's schedule and an unknown id", async () => {
    const { schedule } = await newSchedule(owner, { title: "Ours" });
    await pastTask(schedule.id, { plannedOn: "2026-01-05", status: "SKIPPED" });
    const stranger = await createHouseholdOwner("stranger");
    expect((await history(stranger, schedule.id)).status).toBe(404);
    expect((await history(owner, "0190a0a0-0000-7000-8000-000000000000")).status).toBe(404);
    const viewer = await addHouseholdMember(owner.auth.householdId, "VIEWER");
    expect(expectOk<TScheduleHistoryPage>(await history(viewer, schedule.id)).items).toHaveLength(1);
  });

  it("hides the history of a schedule on an asset private to someone else", async () => {
    const diary = await db().asset.create({
      data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Diary", visibility: "PRIVATE" },
    });
    const { schedule } = await newSchedule(owner, { title: "Private", assetId: diary.id });
    expect((await history(member, schedule.id)).status).toBe(404);
    expect((await history(owner, schedule.id)).status).toBe(200);
  });
});
