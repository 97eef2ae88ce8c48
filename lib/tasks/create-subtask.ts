/** A subtask of any task, to any depth. An open required subtask blocks completing its parent; an optional one never does. */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { insertTask } from "@/lib/core/task-row";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notifyTaskAssigned } from "@/lib/events/task-events";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { ZCreateSubtask, type TCreateSubtask, type TTaskOut } from "./schemas";
import { checkTaskReferences } from "./task-references";
import { toTaskOut } from "./task-out";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function createSubtask(auth: AuthContext, parentTaskId: string, input: TCreateSubtask): Promise<TTaskOut> {
  const data = ZCreateSubtask.parse(input);
  return db().$transaction(async (tx) => {
    const parent = await tx.task.findFirst({
      where: { AND: [await visibleToCaller(tx, auth), { id: parentTaskId }] },
      select: { id: true, assetId: true, status: true },
    });
    if (!parent) throw notFound("Task");
    if (!(OPEN_STATUSES as readonly string[]).includes(parent.status))
      throw new AppError("CONFLICT", "Subtasks can only be added to an open task.");
    await checkTaskReferences(tx, auth, data);
    const task = await insertTask(tx, {
      householdId: auth.householdId,
      parentTaskId: parent.id,
      isRequired: data.isRequired,
      assetId: parent.assetId,
      title: data.title,
      notes: data.notes,
      priority: data.priority,
      plannedOn: data.plannedOn,
      assignmentMode: data.assignmentMode,
      requirements: data.requirements,
      assigneeIds: data.assigneeIds,
    });
    await notifyTaskAssigned(tx, { task, assigneeIds: task.assignees.map((a) => a.userId), actorId: auth.userId });
    return toTaskOut(task);
  });
}
