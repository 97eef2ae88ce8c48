/**
 * PATCH a task: only the fields sent change. Closing goes through /complete and /skip
 * (which enforce requirements and advance schedules); an occurrence of a schedule is
 * moved with /reschedule and cannot be cancelled here, or its schedule would stop.
 */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { taskInclude } from "@/lib/core/task-row";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { fromCalendarDate } from "@/lib/core/calendar-date";
import { db, type Prisma } from "@/lib/server/db/client";
import { notifyTaskAssigned } from "@/lib/events/task-events";
import { AppError, notFound, type FieldError } from "@/lib/server/errors/app-error";
import { ZTaskRequirements } from "@/lib/schedules/schemas";
import { ZUpdateTask, type TTaskOut, type TUpdateTask } from "./schemas";
import { checkTaskReferences } from "./task-references";
import { stringArray, toTaskOut } from "./task-out";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function updateTask(auth: AuthContext, id: string, input: TUpdateTask): Promise<TTaskOut> {
  const data = ZUpdateTask.parse(input);
  return db().$transaction(async (tx) => {
    const householdId = auth.householdId;
    const task = await tx.task.findFirst({
      where: { AND: [await visibleToCaller(tx, auth), { id }] },
      select: {
        scheduleId: true,
        parentTaskId: true,
        requirements: true,
        checklistState: true,
        title: true,
        assignees: { select: { userId: true } },
      },
    });
    if (!task) throw notFound("Task");
    const occurrence = task.scheduleId !== null && task.parentTaskId === null;
    const errors: FieldError[] = [];
    if (occurrence && data.plannedOn !== undefined)
      errors.push({ path: "plannedOn", message: "Move an occurrence of a schedule with /reschedule" });
    if (occurrence && data.status === "CANCELLED")
      errors.push({ path: "status", message: "Skip an occurrence of a schedule instead of cancelling it" });
    if (data.isRequired !== undefined && task.parentTaskId === null)
      errors.push({ path: "isRequired", message: "Only a subtask can be required or optional" });
    const requirements = data.requirements ?? ZTaskRequirements.parse(task.requirements);
    const checklistIds = new Set(requirements.checklist.map((item) => item.id));
    if (data.checklistState) {
      data.checklistState.forEach((itemId, i) => {
        if (!checklistIds.has(itemId)) errors.push({ path: `checklistState.${i}`, message: "Not an item of this task's checklist" });
      });
    }
    if (errors.length > 0) throw new AppError("VALIDATION", "The request has invalid fields.", { fieldErrors: errors });
    await checkTaskReferences(tx, auth, { assigneeIds: data.assigneeIds, requirements: data.requirements });
    // New requirements drop the ticks of checklist items they no longer have.
    const ticked = data.checklistState ?? (data.requirements ? stringArray(task.checklistState) : undefined);

    const change: Prisma.TaskUpdateManyMutationInput = {
      title: data.title,
      notes: data.notes,
      priority: data.priority,
      status: data.status,
      isRequired: data.isRequired,
      assignmentMode: data.assignmentMode,
      requirements: data.requirements,
      checklistState: ticked ? [...new Set(ticked)].filter((id) => checklistIds.has(id)) : undefined,
      plannedOn: data.plannedOn === undefined ? undefined : fromCalendarDate(data.plannedOn),
    };
    const { count } = await tx.task.updateMany({ where: { id, householdId, status: { in: [...OPEN_STATUSES] } }, data: change });
    if (count === 0) throw new AppError("CONFLICT", "A closed task cannot be changed.");
    if (data.assigneeIds) {
      // Those who stay keep their row, so a part already done in EACH mode is not forgotten.
      await tx.taskAssignee.deleteMany({ where: { taskId: id, userId: { notIn: data.assigneeIds } } });
      await tx.taskAssignee.createMany({
        data: [...new Set(data.assigneeIds)].map((userId) => ({ taskId: id, userId })),
        skipDuplicates: true,
      });
      await notifyTaskAssigned(tx, {
        task: { id, householdId, title: data.title ?? task.title },
        assigneeIds: data.assigneeIds,
        previousAssigneeIds: task.assignees.map((a) => a.userId),
        actorId: auth.userId,
      });
    }
    return toTaskOut(await tx.task.findFirstOrThrow({ where: { id, householdId }, include: taskInclude }));
  });
}
