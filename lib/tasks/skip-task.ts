/** Skips one occurrence: it stays in the history as SKIPPED and the schedule moves on. */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { taskInclude } from "@/lib/core/task-row";
import type { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { lockSchedule, planNextTask } from "@/lib/schedules/advance-schedule";
import { householdClock } from "@/lib/schedules/schedule-state";
import { ZSkipTask, type TSkipTaskOut } from "./schemas";
import { toTaskOut } from "./task-out";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function skipTask(
  auth: AuthContext,
  id: string,
  input: z.input<typeof ZSkipTask> = {},
  options: { now?: Date } = {},
): Promise<TSkipTaskOut> {
  const data = ZSkipTask.parse(input);
  return db().$transaction(async (tx) => {
    const householdId = auth.householdId;
    const found = await tx.task.findFirst({
      where: { AND: [await visibleToCaller(tx, auth), { id }] },
      select: { scheduleId: true, parentTaskId: true, status: true },
    });
    if (!found) throw notFound("Task");
    if (found.scheduleId) await lockSchedule(tx, found.scheduleId);
    const { count } = await tx.task.updateMany({
      where: { id, householdId, status: { in: [...OPEN_STATUSES] } },
      data: { status: "SKIPPED", completionNote: data.note ?? null },
    });
    if (count === 0) throw new AppError("CONFLICT", "Only an open task can be skipped.");
    let nextTask = null;
    if (found.scheduleId && found.parentTaskId === null) {
      const schedule = await tx.schedule.findFirst({ where: { id: found.scheduleId, householdId } });
      if (schedule) nextTask = await planNextTask(tx, schedule, await householdClock(tx, householdId, options.now));
    }
    const task = await tx.task.findFirstOrThrow({ where: { id, householdId }, include: taskInclude });
    return { task: toTaskOut(task), nextTask: nextTask ? toTaskOut(nextTask) : null };
  });
}
