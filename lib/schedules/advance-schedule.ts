/**
 * Keeps "at most one open occurrence per schedule": after a completion, a skip, a
 * resume, a meter reading or a prerequisite's completion, the schedule gets its next
 * task — in the caller's transaction, so the history and the next task commit together.
 */
import "server-only";
import { insertTask, taskInclude, type TaskWithAssignees } from "@/lib/core/task-row";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { fromCalendarDate } from "@/lib/core/calendar-date";
import type { DatabaseTransaction, Schedule } from "@/lib/server/db/client";
import { notifyTaskAssigned } from "@/lib/events/task-events";
import type { ScheduledDue } from "./engine";
import { pickAssignees } from "./rotation";
import { nextDueFor, usageMeterId, ruleOf, type HouseholdClock } from "./schedule-state";
import { ZTaskRequirements } from "./schemas";

/** Serialises planning per schedule, so two completions cannot both create "the next" task. */
export async function lockSchedule(tx: DatabaseTransaction, scheduleId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`schedule:${scheduleId}`}, 0))`;
}

export async function openOccurrence(tx: DatabaseTransaction, schedule: Pick<Schedule, "id" | "householdId">) {
  return tx.task.findFirst({
    where: { householdId: schedule.householdId, scheduleId: schedule.id, parentTaskId: null, status: { in: [...OPEN_STATUSES] } },
    orderBy: [{ plannedOn: "asc" }, { id: "asc" }],
    include: taskInclude,
  });
}

export async function createOccurrence(tx: DatabaseTransaction, schedule: Schedule, due: ScheduledDue): Promise<TaskWithAssignees> {
  const assignees = await pickAssignees(tx, schedule);
  const task = await insertTask(tx, {
    householdId: schedule.householdId,
    scheduleId: schedule.id,
    assetId: schedule.assetId,
    title: schedule.title,
    notes: schedule.instructions,
    priority: schedule.priority,
    plannedOn: due.dueOn,
    trigger: due.trigger,
    assignmentMode: schedule.assignmentMode,
    requirements: ZTaskRequirements.parse(schedule.requirements),
    assigneeIds: assignees,
  });
  await notifyTaskAssigned(tx, { task, assigneeIds: assignees, actorId: null });
  return task;
}

/** Creates the schedule's next task when it has none open and one is due; null otherwise. */
export async function planNextTask(tx: DatabaseTransaction, schedule: Schedule, clock: HouseholdClock): Promise<TaskWithAssignees | null> {
  if (schedule.paused) return null;
  await lockSchedule(tx, schedule.id);
  if (await openOccurrence(tx, schedule)) return null;
  const due = await nextDueFor(tx, schedule, clock);
  return due ? createOccurrence(tx, schedule, due) : null;
}

/** Schedules waiting for `scheduleId`: each becomes due at the completion + its offset. */
export async function triggerDependents(
  tx: DatabaseTransaction,
  householdId: string,
  scheduleId: string,
  clock: HouseholdClock,
): Promise<string[]> {
  const dependents = await tx.schedule.findMany({
    where: { householdId, dependsOnScheduleId: scheduleId, paused: false },
    orderBy: { id: "asc" },
  });
  const created: string[] = [];
  for (const dependent of dependents) {
    const task = await planNextTask(tx, dependent, clock);
    if (task) created.push(task.id);
  }
  return created;
}

/**
 * After a meter reading: usage-based schedules counting this meter whose threshold is
 * reached get a USAGE task, or have their open date-based task brought forward.
 */
export async function triggerUsageSchedules(
  tx: DatabaseTransaction,
  householdId: string,
  meterId: string,
  clock: HouseholdClock,
  options: { exceptScheduleId?: string | null } = {},
): Promise<string[]> {
  const candidates = await tx.schedule.findMany({
    where: { householdId, paused: false, ...(options.exceptScheduleId ? { id: { not: options.exceptScheduleId } } : {}) },
    orderBy: { id: "asc" },
  });
  const triggered: string[] = [];
  for (const schedule of candidates) {
    const rule = ruleOf(schedule);
    if (rule.kind !== "USAGE" && rule.kind !== "WHICHEVER_FIRST") continue;
    if ((await usageMeterId(tx, schedule, rule)) !== meterId) continue;
    await lockSchedule(tx, schedule.id);
    const open = await openOccurrence(tx, schedule);
    if (!open) {
      const task = await planNextTask(tx, schedule, clock);
      if (task?.trigger === "USAGE") triggered.push(task.id);
      continue;
    }
    if (open.trigger === "USAGE") continue;
    const due = await nextDueFor(tx, schedule, clock);
    if (due?.trigger !== "USAGE") continue;
    await tx.task.update({ where: { id: open.id, householdId }, data: { plannedOn: fromCalendarDate(due.dueOn), trigger: "USAGE" } });
    triggered.push(open.id);
  }
  return triggered;
}
