/**
 * Due-soon and overdue reminders, run by the hourly task-due-scan job. An open task
 * whose date (rescheduledOn, else plannedOn) is at most its schedule's leadDays ahead
 * of the household's today (0 for an ad-hoc task: the day itself) is due soon; one
 * whose date has passed is overdue. Each is told once per task and date, keyed
 * `task-due-soon:<task>:<date>:<user>` / `task-overdue:<task>:<date>:<user>`, so an
 * hourly run, a retry, or a second worker tells nobody twice, and a rescheduled task
 * is announced again for its new date. Recipients are the assignees or, for a task
 * nobody has, every member who can see its asset. Reading only: this never changes a
 * task nor advances a schedule.
 */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { toCalendarDate, todayIn } from "@/lib/core/calendar-date";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { addDays, diffDays } from "@/lib/core/calendar-date";
import { db } from "@/lib/server/db/client";
import type { NotificationType } from "@/lib/server/db/generated/enums";
import { emitWebhookEvent } from "@/lib/webhooks/emit-event";
import { notify } from "@/lib/notifications/notify";
import { taskDueSoonMessage, taskOverdueMessage, type TaskMessage } from "@/lib/events/task-events";

const HOUSEHOLD_PAGE = 200;

interface Reminder {
  taskId: string;
  type: Extract<NotificationType, "TASK_DUE_SOON" | "TASK_OVERDUE">;
  dueOn: string;
  message: TaskMessage;
  userIds: string[];
  /** Nobody was told about this task and date before this run. */
  firstTime: boolean;
}

async function householdReminders(household: { id: string; timeZone: string }, now: Date): Promise<Reminder[]> {
  const today = todayIn(household.timeZone, now);
  const { _max } = await db().schedule.aggregate({ where: { householdId: household.id }, _max: { leadDays: true } });
  const horizon = new Date(`${addDays(today, _max.leadDays ?? 0)}T00:00:00Z`);
  const tasks = await db().task.findMany({
    where: {
      householdId: household.id,
      status: { in: [...OPEN_STATUSES] },
      OR: [{ rescheduledOn: { lte: horizon } }, { rescheduledOn: null, plannedOn: { lte: horizon } }],
    },
    select: {
      id: true,
      title: true,
      assetId: true,
      plannedOn: true,
      rescheduledOn: true,
      schedule: { select: { leadDays: true } },
      assignees: { select: { userId: true }, orderBy: { userId: "asc" } },
    },
    orderBy: { id: "asc" },
  });

  const candidates: Omit<Reminder, "userIds" | "firstTime">[] = [];
  const assigneesOf = new Map(tasks.map((t) => [t.id, t.assignees.map((a) => a.userId)]));
  for (const task of tasks) {
    const dueOn = toCalendarDate(task.rescheduledOn ?? task.plannedOn);
    if (dueOn === null) continue;
    const daysLeft = diffDays(today, dueOn);
    if (daysLeft < 0) candidates.push({ taskId: task.id, type: "TASK_OVERDUE", dueOn, message: taskOverdueMessage(task, dueOn) });
    else if (daysLeft <= (task.schedule?.leadDays ?? 0)) {
      candidates.push({ taskId: task.id, type: "TASK_DUE_SOON", dueOn, message: taskDueSoonMessage(task, dueOn, daysLeft) });
    }
  }
  if (candidates.length === 0) return [];

  // Unassigned tasks go to whoever can see their asset: one query per member, not per task.
  const unassigned = tasks.filter((t) => t.assignees.length === 0 && candidates.some((c) => c.taskId === t.id));
  if (unassigned.length > 0) {
    const members = await db().membership.findMany({
      where: { householdId: household.id },
      select: { userId: true },
      orderBy: { userId: "asc" },
    });
    const assetIds = [...new Set(unassigned.flatMap((t) => (t.assetId ? [t.assetId] : [])))];
    for (const { userId } of members) {
      const seen = assetIds.length
        ? new Set(
            (
              await db().asset.findMany({
                where: { AND: [visibleAssetsWhere({ householdId: household.id, userId }), { id: { in: assetIds } }] },
                select: { id: true },
              })
            ).map((a) => a.id),
          )
        : new Set<string>();
      for (const task of unassigned) if (task.assetId === null || seen.has(task.assetId)) assigneesOf.get(task.id)?.push(userId);
    }
  }

  // An overdue task is found every hour until it is done: skip those already told, before notify's own queries.
  const keys = candidates.flatMap((c) => (assigneesOf.get(c.taskId) ?? []).map((userId) => `${c.message.dedupeKey}:${userId}`));
  const told = new Set(
    (await db().notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((n) => n.dedupeKey),
  );
  return candidates
    .map((c) => {
      const recipients = assigneesOf.get(c.taskId) ?? [];
      const userIds = recipients.filter((userId) => !told.has(`${c.message.dedupeKey}:${userId}`));
      return { ...c, userIds, firstTime: userIds.length === recipients.length };
    })
    .filter((r) => r.userIds.length > 0);
}

export interface TaskDueReminderResult {
  households: number;
  notifications: number;
}

export async function sendTaskDueReminders(now: Date = new Date()): Promise<TaskDueReminderResult> {
  const result: TaskDueReminderResult = { households: 0, notifications: 0 };
  let cursor: string | undefined;
  for (;;) {
    const households = await db().household.findMany({
      where: cursor ? { id: { gt: cursor } } : {},
      orderBy: { id: "asc" },
      take: HOUSEHOLD_PAGE,
      select: { id: true, timeZone: true },
    });
    if (households.length === 0) return result;
    cursor = households.at(-1)?.id;
    for (const household of households) {
      const reminders = await householdReminders(household, now);
      if (reminders.length === 0) continue;
      result.households++;
      // One transaction per household: a failure retries that household, and the keys skip what already went out.
      await db().$transaction(async (tx) => {
        for (const r of reminders) {
          const notified = await notify(tx, { householdId: household.id, userIds: r.userIds, type: r.type, ...r.message, now });
          result.notifications += notified.length;
          // The webhook goes out with the first notifications of this task and date, so once.
          if (r.firstTime && notified.length > 0) {
            await emitWebhookEvent(
              tx,
              household.id,
              {
                type: r.type === "TASK_OVERDUE" ? "task.overdue" : "task.due",
                data: { taskId: r.taskId, dueOn: r.dueOn, userIds: r.userIds },
              },
              { now },
            );
          }
        }
      });
    }
  }
}
