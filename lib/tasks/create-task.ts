/** An ad-hoc task: no schedule, so completing it plans nothing. */
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { fromCalendarDate } from "@/lib/assets/calendar-date";
import { db } from "@/lib/server/db/client";
import { notifyTaskAssigned } from "@/lib/notifications/task-events";
import { ZCreateTask, type TCreateTask, type TTaskOut } from "./schemas";
import { checkTaskReferences } from "./task-references";
import { taskInclude, toTaskOut } from "./task-out";

export async function createTask(auth: AuthContext, input: TCreateTask): Promise<TTaskOut> {
  const data = ZCreateTask.parse(input);
  return db().$transaction(async (tx) => {
    await checkTaskReferences(tx, auth, data);
    const task = await tx.task.create({
      data: {
        householdId: auth.householdId,
        assetId: data.assetId,
        title: data.title,
        notes: data.notes,
        priority: data.priority,
        plannedOn: fromCalendarDate(data.plannedOn),
        assignmentMode: data.assignmentMode,
        requirements: data.requirements,
        assignees: { create: [...new Set(data.assigneeIds)].map((userId) => ({ userId })) },
      },
      include: taskInclude,
    });
    await notifyTaskAssigned(tx, { task, assigneeIds: task.assignees.map((a) => a.userId), actorId: auth.userId });
    return toTaskOut(task);
  });
}
