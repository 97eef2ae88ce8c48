/**
 * PATCH a schedule. Changes propagate forward only: the open occurrences due today or
 * later are re-dated, re-assigned and re-described; completed, skipped and overdue
 * ones keep what they were (they are history of what was planned). The answer says
 * how many tasks changed.
 */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { fromCalendarDate, toCalendarDate } from "@/lib/core/calendar-date";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notifyScheduleChanged, notifyTaskAssigned } from "@/lib/events/task-events";
import { notFound } from "@/lib/server/errors/app-error";
import { lockSchedule, planNextTask } from "./advance-schedule";
import { pickAssignees } from "./rotation";
import { checkScheduleReferences, dependencyColumns } from "./schedule-references";
import { readScheduleOut } from "./schedule-out";
import { householdClock, nextDueFor } from "./schedule-state";
import { ZTaskRequirements, ZUpdateSchedule, type TScheduleChangeOut, type TUpdateSchedule } from "./schemas";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";
import { withHouseholdHemisphere } from "./seasonal-default";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

export async function updateSchedule(
  auth: AuthContext,
  id: string,
  input: TUpdateSchedule,
  options: { now?: Date } = {},
): Promise<TScheduleChangeOut> {
  const parsed = ZUpdateSchedule.parse(input);
  return db().$transaction(async (tx) => {
    const householdId = auth.householdId;
    const data = { ...parsed, rule: parsed.rule && (await withHouseholdHemisphere(tx, householdId, parsed.rule)) };
    const visible = await visibleToCaller(tx, auth);
    await checkScheduleReferences(tx, auth, data, id);
    const { count } = await tx.schedule.updateMany({
      where: { AND: [visible, { id }] },
      data: { ...data, ...(data.rule ? dependencyColumns(data.rule) : {}) },
    });
    if (count === 0) throw notFound("Schedule");
    const schedule = await tx.schedule.findFirstOrThrow({ where: { id, householdId } });
    const clock = await householdClock(tx, householdId, options.now);
    await lockSchedule(tx, id);

    const open = await tx.task.findMany({
      where: { householdId, scheduleId: id, parentTaskId: null, status: { in: [...OPEN_STATUSES] } },
      include: { assignees: true },
      orderBy: [{ plannedOn: "asc" }, { id: "asc" }],
    });
    const future = open.filter((t) => {
      const dueOn = toCalendarDate(t.rescheduledOn ?? t.plannedOn);
      return dueOn === null || dueOn >= clock.today;
    });

    const redate = data.rule !== undefined || data.businessDaysOnly !== undefined || data.blackouts !== undefined;
    const reassign = data.defaultAssigneeIds !== undefined || data.rotation !== undefined || data.assignmentMode !== undefined;
    const due = redate ? await nextDueFor(tx, schedule, clock) : null;
    const requirements = ZTaskRequirements.parse(schedule.requirements);

    let tasksChanged = 0;
    const redatedOrReassigned: { id: string; previousAssigneeIds: string[] }[] = [];
    for (const task of future) {
      if (redate && !due) {
        // The new rule has nothing due (it now waits for a meter or another schedule).
        await tx.task.update({ where: { id: task.id, householdId }, data: { status: "CANCELLED" } });
        redatedOrReassigned.push({ id: task.id, previousAssigneeIds: task.assignees.map((a) => a.userId) });
        tasksChanged++;
        continue;
      }
      const change: Parameters<typeof tx.task.update>[0]["data"] = {};
      if (due && toCalendarDate(task.plannedOn) !== due.dueOn) {
        change.plannedOn = fromCalendarDate(due.dueOn);
        change.trigger = due.trigger;
      }
      if (data.title !== undefined && task.title !== schedule.title) change.title = schedule.title;
      if (data.assetId !== undefined && task.assetId !== schedule.assetId) change.assetId = schedule.assetId;
      if (data.instructions !== undefined && task.notes !== schedule.instructions) change.notes = schedule.instructions;
      if (data.priority !== undefined && task.priority !== schedule.priority) change.priority = schedule.priority;
      if (data.assignmentMode !== undefined && task.assignmentMode !== schedule.assignmentMode)
        change.assignmentMode = schedule.assignmentMode;
      if (data.requirements !== undefined && JSON.stringify(task.requirements) !== JSON.stringify(requirements))
        change.requirements = requirements;
      let assigneesChanged = false;
      if (reassign) {
        const assignees = await pickAssignees(tx, schedule, task.id);
        if (
          !sameSet(
            assignees,
            task.assignees.map((a) => a.userId),
          )
        ) {
          assigneesChanged = true;
          await tx.taskAssignee.deleteMany({ where: { taskId: task.id } });
          await tx.taskAssignee.createMany({ data: assignees.map((userId) => ({ taskId: task.id, userId })) });
          await notifyTaskAssigned(tx, {
            task: { ...task, title: schedule.title },
            assigneeIds: assignees,
            previousAssigneeIds: task.assignees.map((a) => a.userId),
            actorId: auth.userId,
          });
        }
      }
      if (Object.keys(change).length > 0) await tx.task.update({ where: { id: task.id, householdId }, data: change });
      if (Object.keys(change).length > 0 || assigneesChanged) tasksChanged++;
      if (change.plannedOn !== undefined || assigneesChanged)
        redatedOrReassigned.push({ id: task.id, previousAssigneeIds: task.assignees.map((a) => a.userId) });
    }

    await notifyScheduleChanged(tx, { schedule, tasks: redatedOrReassigned, actorId: auth.userId });

    // Nothing open at all (a first rule that waited, say): the edit may make one due.
    const created = open.length === 0 || open.length === future.length ? await planNextTask(tx, schedule, clock) : null;
    return { schedule: await readScheduleOut(tx, schedule), tasksChanged, tasksCreated: created ? 1 : 0 };
  });
}
