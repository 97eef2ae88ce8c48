/**
 * TASK_ASSIGNED and SCHEDULE_CHANGED through the real use cases: who is told, once,
 * and the task.assigned webhook that commits with the assignment.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { updateSchedule } from "@/lib/schedules/update-schedule";
import { db } from "@/lib/server/db/client";
import { createTask } from "@/lib/tasks/create-task";
import { updateTask } from "@/lib/tasks/update-task";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { notifyTaskAssigned } from "@/lib/events/task-events";

let owner: TestMember;
let alice: TestMember;
let bob: TestMember;

beforeAll(async () => {
  owner = await createHouseholdOwner("events");
  alice = await addHouseholdMember(owner.auth.householdId, "MEMBER", "alice");
  bob = await addHouseholdMember(owner.auth.householdId, "MEMBER", "bob");
  await db().webhookEndpoint.create({
    data: {
      householdId: owner.auth.householdId,
      url: "https://hooks.example.com/x",
      secretSealed: "sealed",
      eventTypes: ["task.assigned"],
    },
  });
});

const notificationsOf = (type: "TASK_ASSIGNED" | "SCHEDULE_CHANGED", url?: string) =>
  db().notification.findMany({
    where: { type, ...(url ? { url } : {}) },
    select: { userId: true, dedupeKey: true, url: true },
    orderBy: { userId: "asc" },
  });

async function assignedWebhooks(taskId: string) {
  const jobs = await db().job.findMany({ where: { kind: "webhook-delivery", householdId: owner.auth.householdId } });
  return jobs
    .map((j) => JSON.parse((j.payload as { body: string }).body) as { type: string; data: { taskId: string; addedAssigneeIds: string[] } })
    .filter((e) => e.data.taskId === taskId);
}

describe("TASK_ASSIGNED", () => {
  it("tells each newly assigned user once, never the actor, and emits task.assigned", async () => {
    const [a, b] = [alice.auth.userId, bob.auth.userId];
    const task = await createTask(owner.auth, { title: "Clean gutters", assigneeIds: [a, b, owner.auth.userId] });
    const url = `/tasks/${task.id}`;
    expect(await notificationsOf("TASK_ASSIGNED", url)).toEqual(
      [a, b].sort().map((userId) => ({ userId, url, dedupeKey: `task-assigned:${task.id}:${userId}` })),
    );
    expect((await assignedWebhooks(task.id)).map((e) => e.data.addedAssigneeIds.sort())).toEqual([[a, b, owner.auth.userId].sort()]);

    // A re-run of the same assignment creates nothing more.
    const ref = { id: task.id, householdId: owner.auth.householdId, title: task.title };
    await db().$transaction((tx) => notifyTaskAssigned(tx, { task: ref, assigneeIds: [a, b], actorId: owner.auth.userId }));
    expect(await notificationsOf("TASK_ASSIGNED", url)).toHaveLength(2);

    // Re-assigning tells only who is new: bob stays, alice goes, the owner assigns himself.
    await updateTask(owner.auth, task.id, { assigneeIds: [b, owner.auth.userId] });
    expect(await notificationsOf("TASK_ASSIGNED", url)).toHaveLength(2);
    await updateTask(bob.auth, task.id, { assigneeIds: [a, b] });
    expect((await notificationsOf("TASK_ASSIGNED", url)).map((n) => n.userId)).toEqual([a, b].sort());
  });

  it("an actor who assigns only themself is told nothing", async () => {
    const task = await createTask(alice.auth, { title: "Buy bulbs", assigneeIds: [alice.auth.userId] });
    expect(await notificationsOf("TASK_ASSIGNED", `/tasks/${task.id}`)).toEqual([]);
  });
});

describe("schedules", () => {
  it("assigns a schedule's next task; an edit that re-assigns tells the new assignee and, once, who had it", async () => {
    const rule = { kind: "INTERVAL", every: 1, unit: "WEEK", anchor: "ROLLING", startDate: "2030-01-07" } as const;
    const { schedule } = await createSchedule(owner.auth, { title: "Bins", rule, defaultAssigneeIds: [alice.auth.userId] });
    const taskId = schedule.nextTask?.id ?? "";
    expect((await notificationsOf("TASK_ASSIGNED", `/tasks/${taskId}`)).map((n) => n.userId)).toEqual([alice.auth.userId]);

    const edit = await updateSchedule(owner.auth, schedule.id, { defaultAssigneeIds: [bob.auth.userId] });
    expect(edit.tasksChanged).toBe(1);
    expect((await notificationsOf("TASK_ASSIGNED", `/tasks/${taskId}`)).map((n) => n.userId).sort()).toEqual(
      [alice.auth.userId, bob.auth.userId].sort(),
    );
    const changed = await notificationsOf("SCHEDULE_CHANGED");
    const updatedAt = (await db().schedule.findUniqueOrThrow({ where: { id: schedule.id } })).updatedAt.toISOString();
    expect(changed).toEqual([
      {
        userId: alice.auth.userId,
        url: `/tasks/${taskId}`,
        dedupeKey: `schedule-changed:${schedule.id}:${updatedAt}:${alice.auth.userId}`,
      },
    ]);

    // An edit that touches no task's date or assignees tells nobody.
    await updateSchedule(owner.auth, schedule.id, { instructions: "Green bin too" });
    expect(await notificationsOf("SCHEDULE_CHANGED")).toHaveLength(1);
  });
});
