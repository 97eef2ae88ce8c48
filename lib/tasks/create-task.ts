/** An ad-hoc task: no schedule, so completing it plans nothing. */
import "server-only";
import { insertTask } from "@/lib/core/task-row";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notifyTaskAssigned } from "@/lib/events/task-events";
import { ZCreateTask, type TCreateTask, type TTaskOut } from "./schemas";
import { checkTaskReferences } from "./task-references";
import { toTaskOut } from "./task-out";

export async function createTask(auth: AuthContext, input: TCreateTask): Promise<TTaskOut> {
  const data = ZCreateTask.parse(input);
  return db().$transaction(async (tx) => {
    await checkTaskReferences(tx, auth, data);
    const task = await insertTask(tx, {
      householdId: auth.householdId,
      assetId: data.assetId,
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
