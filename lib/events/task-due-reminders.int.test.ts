import { describe, expect, it } from "vitest";
import { createAsset } from "@/lib/assets/create-asset";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { db } from "@/lib/server/db/client";
import { createTask } from "@/lib/tasks/create-task";
import { addHouseholdMember, createHouseholdOwner } from "@/tests/support/fixtures";
import { sendTaskDueReminders } from "@/lib/events/task-due-reminders";

// 12:00Z on 9 March 2030 is already 01:00 on 10 March in Auckland (UTC+13).
const NOW = new Date("2030-03-09T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("task due scan (sendTaskDueReminders)", () => {
  it("tells assignees, or whoever can see the asset, once per task and date in the household's zone, and changes no task", async () => {
    const owner = await createHouseholdOwner("due");
    const householdId = owner.auth.householdId;
    await db().household.update({ where: { id: householdId }, data: { timeZone: "Pacific/Auckland" } });
    const alice = await addHouseholdMember(householdId, "MEMBER", "alice");
    const bob = await addHouseholdMember(householdId, "MEMBER", "bob");
    await db().webhookEndpoint.create({
      data: { householdId, url: "https://hooks.example.com/x", secretSealed: "sealed", eventTypes: ["task.due", "task.overdue"] },
    });
    const [o, a, b] = [owner.auth.userId, alice.auth.userId, bob.auth.userId];

    const today = await createTask(owner.auth, { title: "Today in Auckland", plannedOn: "2030-03-10", assigneeIds: [a] }); // due soon (lead 0)
    const tomorrow = await createTask(owner.auth, { title: "Tomorrow", plannedOn: "2030-03-11", assigneeIds: [b] }); // lead 0: not yet
    const late = await createTask(owner.auth, { title: "Nobody's", plannedOn: "2030-03-05" }); // overdue, everyone
    const diary = await createAsset(alice.auth, { name: "Diary", visibility: "PRIVATE" });
    const secret = await createTask(alice.auth, { title: "Secret", plannedOn: "2030-03-01", assetId: diary.id }); // overdue, alice only
    const moved = await createTask(owner.auth, { title: "Moved", plannedOn: "2030-03-01", assigneeIds: [o] });
    await db().task.update({ where: { id: moved.id }, data: { rescheduledOn: day("2030-03-20") } }); // the new date wins: not due
    const rule = { kind: "INTERVAL", every: 1, unit: "MONTH", anchor: "FIXED", startDate: "2030-03-12" } as const;
    const { schedule } = await createSchedule(owner.auth, { title: "Filters", rule, leadDays: 2, defaultAssigneeIds: [b] });
    const filters = schedule.nextTask?.id ?? "";
    expect(schedule.nextTask?.dueOn).toBe("2030-03-12"); // 2 days ahead: within leadDays

    const tasksBefore = await db().task.findMany({ where: { householdId }, orderBy: { id: "asc" } });
    expect(await sendTaskDueReminders(NOW)).toEqual({ households: 1, notifications: 6 });

    const rows = await db().notification.findMany({
      where: { householdId, type: { in: ["TASK_DUE_SOON", "TASK_OVERDUE"] } },
      select: { dedupeKey: true, type: true },
    });
    const expected = [
      ["TASK_DUE_SOON", `task-due-soon:${today.id}:2030-03-10:${a}`],
      ["TASK_DUE_SOON", `task-due-soon:${filters}:2030-03-12:${b}`],
      ...[o, a, b].map((u) => ["TASK_OVERDUE", `task-overdue:${late.id}:2030-03-05:${u}`]),
      ["TASK_OVERDUE", `task-overdue:${secret.id}:2030-03-01:${a}`],
    ];
    expect(rows.map((r) => [r.type, r.dedupeKey]).sort()).toEqual(expected.sort());
    expect(rows.some((r) => r.dedupeKey.includes(tomorrow.id) || r.dedupeKey.includes(moved.id))).toBe(false);

    const webhooks = (await db().job.findMany({ where: { kind: "webhook-delivery", householdId } })).map(
      (j) => JSON.parse((j.payload as { body: string }).body) as { type: string; data: { taskId: string } },
    );
    expect(webhooks.map((w) => `${w.type}:${w.data.taskId}`).sort()).toEqual(
      [`task.due:${today.id}`, `task.due:${filters}`, `task.overdue:${late.id}`, `task.overdue:${secret.id}`].sort(),
    );

    // The next hour tells nobody again and emits nothing; the scan never touched a task.
    expect(await sendTaskDueReminders(new Date(NOW.getTime() + 3_600_000))).toEqual({ households: 0, notifications: 0 });
    expect(await db().job.count({ where: { kind: "webhook-delivery", householdId } })).toBe(4);
    expect(await db().task.findMany({ where: { householdId }, orderBy: { id: "asc" } })).toEqual(tasksBefore);

    // A day later "tomorrow" is due today for bob, and alice's task of yesterday is overdue.
    expect(await sendTaskDueReminders(new Date(NOW.getTime() + 86_400_000))).toEqual({ households: 1, notifications: 2 });
    const keys = [`task-due-soon:${tomorrow.id}:2030-03-11:${b}`, `task-overdue:${today.id}:2030-03-10:${a}`];
    expect(await db().notification.count({ where: { dedupeKey: { in: keys } } })).toBe(2);
  });
});
