/**
 * What people are told about tasks: the title, body, url and dedupe key of each task
 * notification (pure builders, unit-tested), and the calls the task and schedule use
 * cases make inside their own transaction, so a notification exists if and only if the
 * change it reports committed. notify() appends each recipient's id to the key.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { emitWebhookEvent } from "@/lib/webhooks/emit-event";
import { notify } from "@/lib/notifications/notify";

export interface TaskRef {
  id: string;
  householdId: string;
  title: string;
}

export interface TaskMessage {
  title: string;
  body: string;
  url: string;
  dedupeKey: string;
}

const taskUrl = (taskId: string) => `/tasks/${taskId}`;

function dueIn(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "tomorrow";
  return `in ${days} days`;
}

export function taskAssignedMessage(task: Pick<TaskRef, "id" | "title">): TaskMessage {
  return {
    title: `You were assigned "${task.title}"`,
    body: `"${task.title}" is now yours to do.`,
    url: taskUrl(task.id),
    dedupeKey: `task-assigned:${task.id}`,
  };
}

/** `daysLeft`: from the household's today to the due date (0 = due today). */
export function taskDueSoonMessage(task: Pick<TaskRef, "id" | "title">, dueOn: string, daysLeft: number): TaskMessage {
  return {
    title: `"${task.title}" is due ${dueIn(daysLeft)}`,
    body: `"${task.title}" is due on ${dueOn}.`,
    url: taskUrl(task.id),
    dedupeKey: `task-due-soon:${task.id}:${dueOn}`,
  };
}

export function taskOverdueMessage(task: Pick<TaskRef, "id" | "title">, dueOn: string): TaskMessage {
  return {
    title: `"${task.title}" is overdue`,
    body: `"${task.title}" was due on ${dueOn}.`,
    url: taskUrl(task.id),
    dedupeKey: `task-overdue:${task.id}:${dueOn}`,
  };
}

/** Keyed by the schedule's updatedAt: one notification per edit, however many tasks it touched. */
export function scheduleChangedMessage(schedule: { id: string; title: string; updatedAt: Date }, taskIds: readonly string[]): TaskMessage {
  return {
    title: `"${schedule.title}" was changed`,
    body: `The date or the assignees of ${taskIds.length === 1 ? "a task" : `${taskIds.length} tasks`} of "${schedule.title}" changed.`,
    url: taskIds.length === 1 ? taskUrl(taskIds[0] as string) : `/schedules/${schedule.id}`,
    dedupeKey: `schedule-changed:${schedule.id}:${schedule.updatedAt.toISOString()}`,
  };
}

/**
 * Tells the users in `assigneeIds` but not in `previousAssigneeIds` that the task is
 * theirs — except the actor, who knows (null: the system assigned, e.g. a schedule's
 * next task). Emits `task.assigned` when anyone was newly assigned.
 */
export async function notifyTaskAssigned(
  tx: DatabaseTransaction,
  input: { task: TaskRef; assigneeIds: readonly string[]; previousAssigneeIds?: readonly string[]; actorId: string | null; now?: Date },
): Promise<void> {
  const previous = new Set(input.previousAssigneeIds ?? []);
  const added = [...new Set(input.assigneeIds)].filter((userId) => !previous.has(userId));
  if (added.length === 0) return;
  const recipients = added.filter((userId) => userId !== input.actorId);
  if (recipients.length > 0) {
    await notify(tx, {
      householdId: input.task.householdId,
      userIds: recipients,
      type: "TASK_ASSIGNED",
      ...taskAssignedMessage(input.task),
      now: input.now,
    });
  }
  await emitWebhookEvent(
    tx,
    input.task.householdId,
    {
      type: "task.assigned",
      data: {
        taskId: input.task.id,
        title: input.task.title,
        assigneeIds: [...new Set(input.assigneeIds)],
        addedAssigneeIds: added,
        assignedById: input.actorId,
      },
    },
    { now: input.now },
  );
}

/** One SCHEDULE_CHANGED per edit to everyone who had one of the changed tasks, except the editor. */
export async function notifyScheduleChanged(
  tx: DatabaseTransaction,
  input: {
    schedule: { id: string; householdId: string; title: string; updatedAt: Date };
    tasks: readonly { id: string; previousAssigneeIds: readonly string[] }[];
    actorId: string;
  },
): Promise<void> {
  if (input.tasks.length === 0) return;
  const recipients = [...new Set(input.tasks.flatMap((t) => t.previousAssigneeIds))].filter((userId) => userId !== input.actorId);
  if (recipients.length === 0) return;
  await notify(tx, {
    householdId: input.schedule.householdId,
    userIds: recipients,
    type: "SCHEDULE_CHANGED",
    ...scheduleChangedMessage(
      input.schedule,
      input.tasks.map((t) => t.id),
    ),
  });
}
