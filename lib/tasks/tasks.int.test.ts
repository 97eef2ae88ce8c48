/**
 * Tasks through the API: assignment rotation when the next occurrence is created,
 * EACH mode, ad-hoc tasks with nested subtasks, and the list filters and paging.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk, inDays, scheduleApiAs, type ScheduleApi } from "@/lib/schedules/test-kit";
import type { TScheduleChangeOut } from "@/lib/schedules/schemas";
import type { TCompleteTaskOut, TTaskOut, TTaskPage } from "./schemas";

let owner: TestMember;
let alice: TestMember;
let bob: TestMember;
let api: ScheduleApi;

beforeAll(async () => {
  owner = await createHouseholdOwner("tasks");
  alice = await addHouseholdMember(owner.auth.householdId, "MEMBER", "alice");
  bob = await addHouseholdMember(owner.auth.householdId, "MEMBER", "bob");
  api = scheduleApiAs(owner);
});

const daily = { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "ROLLING", startDate: inDays(0) };

async function assigneesOverCompletions(rotation: string, completers: TestMember[]): Promise<string[][]> {
  const { schedule } = expectOk<TScheduleChangeOut>(
    await api.createSchedule({
      title: `Dishes ${rotation}`,
      rule: daily,
      rotation,
      defaultAssigneeIds: [alice.auth.userId, bob.auth.userId],
    }),
    201,
  );
  let task = expectOk<TTaskOut>(await api.getTask(schedule.nextTask?.id ?? ""));
  const seen = [task.assignees.map((a) => a.userId)];
  for (const completer of completers) {
    const done = expectOk<TCompleteTaskOut>(await scheduleApiAs(completer).complete(task.id));
    task = done.nextTask as TTaskOut;
    seen.push(task.assignees.map((a) => a.userId));
  }
  return seen;
}

describe("assignment", () => {
  it("rotates round robin, or to whoever completed least, when the next task is created", async () => {
    const [a, b] = [alice.auth.userId, bob.auth.userId];
    expect(await assigneesOverCompletions("ROUND_ROBIN", [alice, bob])).toEqual([[a], [b], [a]]);
    expect(await assigneesOverCompletions("LEAST_COMPLETED", [alice, alice])).toEqual([[a], [b], [b]]);
    expect(await assigneesOverCompletions("NONE", [])).toEqual([[a, b].sort()]);
  });

  it("in EACH mode the task is done when every assignee has done their part", async () => {
    const task = expectOk<TTaskOut>(
      await api.createTask({ title: "Sign the form", assignmentMode: "EACH", assigneeIds: [alice.auth.userId, bob.auth.userId] }),
      201,
    );
    const first = expectOk<TCompleteTaskOut>(await scheduleApiAs(alice).complete(task.id));
    expect(first).toMatchObject({ completed: false, task: { status: "IN_PROGRESS" } });
    const second = expectOk<TCompleteTaskOut>(await scheduleApiAs(bob).complete(task.id));
    expect(second).toMatchObject({ completed: true, nextTask: null, task: { status: "DONE", completedById: bob.auth.userId } });
    expect(second.task.assignees.every((x) => x.completedAt !== null)).toBe(true);
  });
});

describe("ad-hoc tasks and subtasks", () => {
  it("nests subtasks to any depth; a parent waits for its open subtasks", async () => {
    const root = expectOk<TTaskOut>(await api.createTask({ title: "Paint the shed", plannedOn: inDays(2) }), 201);
    const child = expectOk<TTaskOut>(await api.createSubtask(root.id, { title: "Buy paint" }), 201);
    const grandchild = expectOk<TTaskOut>(await api.createSubtask(child.id, { title: "Pick a colour" }), 201);
    expect(grandchild.parentTaskId).toBe(child.id);
    expect((await api.complete(child.id)).status).toBe(422);
    expectOk(await api.complete(grandchild.id));
    expectOk(await api.skip(child.id));
    expect(expectOk<TCompleteTaskOut>(await api.complete(root.id))).toMatchObject({
      completed: true,
      nextTask: null,
      task: { scheduleId: null },
    });
    expect((await api.deleteTask(root.id)).status).toBe(204);
    expect((await api.getTask(grandchild.id)).status).toBe(404);
  });

  it("refuses to delete or cancel a schedule's open occurrence", async () => {
    const { schedule } = expectOk<TScheduleChangeOut>(await api.createSchedule({ title: "Water plants", rule: daily }), 201);
    const id = schedule.nextTask?.id ?? "";
    expect((await api.deleteTask(id)).status).toBe(409);
    expect((await api.updateTask(id, { status: "CANCELLED" })).status).toBe(422);
  });
});

describe("webhooks", () => {
  it("queues task.completed only for a completion that commits", async () => {
    const household = await createHouseholdOwner("hooks");
    const hooks = scheduleApiAs(household);
    await db().webhookEndpoint.create({
      data: {
        householdId: household.auth.householdId,
        url: "https://example.test/hook",
        eventTypes: ["task.completed"],
        secretSealed: "sealed",
      },
    });
    const task = expectOk<TTaskOut>(await hooks.createTask({ title: "Check smoke alarm", requirements: { noteRequired: true } }), 201);
    const deliveries = () => db().job.findMany({ where: { householdId: household.auth.householdId, kind: "webhook-delivery" } });
    expect((await hooks.complete(task.id)).status).toBe(422);
    expect(await deliveries()).toEqual([]);
    expectOk(await hooks.complete(task.id, { note: "Beeps" }));
    const jobs = await deliveries();
    expect(jobs).toHaveLength(1);
    const body = JSON.parse((jobs[0]?.payload as { body: string }).body) as { type: string; data: { taskId: string } };
    expect(body).toMatchObject({ type: "task.completed", data: { taskId: task.id, completedById: household.auth.userId } });
  });
});

describe("listing", () => {
  it("filters by mine, overdue and due-within, and pages with a cursor", async () => {
    const household = await createHouseholdOwner("lists");
    const mine = scheduleApiAs(household);
    const create = async (title: string, plannedOn: string | null, assigneeIds: string[] = []) =>
      expectOk<TTaskOut>(await mine.createTask({ title, plannedOn, assigneeIds }), 201).id;
    const overdue = await create("overdue", inDays(-2), [household.auth.userId]);
    const soon = await create("soon", inDays(3));
    const later = await create("later", inDays(30), [household.auth.userId]);
    const undated = await create("undated", null);
    const movedIn = await create("moved in", inDays(60));
    expectOk(await mine.reschedule(movedIn, inDays(1)));

    const ids = async (query: Record<string, string | number | boolean>) =>
      expectOk<TTaskPage>(await mine.listTasks(query)).items.map((t) => t.id);
    expect(await ids({ overdue: true })).toEqual([overdue]);
    expect(await ids({ dueWithinDays: 7 })).toEqual([overdue, movedIn, soon]);
    expect(await ids({ mine: true })).toEqual([overdue, later]);
    expect(await ids({ status: "DONE" })).toEqual([]);

    const first = expectOk<TTaskPage>(await mine.listTasks({ limit: 3 }));
    const second = expectOk<TTaskPage>(await mine.listTasks({ limit: 3, cursor: first.nextCursor ?? "" }));
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual([overdue, movedIn, soon, later, undated]);
    expect(second.nextCursor).toBeNull();
  });
});
