/**
 * Deletes a task and its subtasks. The open occurrence of a schedule is refused: the
 * schedule would silently stop; skip it, or pause or delete the schedule instead.
 */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function deleteTask(auth: AuthContext, id: string): Promise<void> {
  const visible = await visibleToCaller(db(), auth);
  const { count } = await db().task.deleteMany({
    where: { AND: [visible, { id }], NOT: { scheduleId: { not: null }, parentTaskId: null, status: { in: [...OPEN_STATUSES] } } },
  });
  if (count > 0) return;
  const exists = await db().task.findFirst({ where: { AND: [visible, { id }] }, select: { id: true } });
  if (!exists) throw notFound("Task");
  throw new AppError("CONFLICT", "This is the schedule's open occurrence: skip it, or pause or delete the schedule.");
}
