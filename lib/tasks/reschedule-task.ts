/** Moves one open occurrence to another day (date: null clears it); the schedule is unchanged. */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { taskInclude } from "@/lib/core/task-row";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { fromCalendarDate } from "@/lib/core/calendar-date";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { ZRescheduleTask, type TRescheduleTask, type TTaskOut } from "./schemas";
import { toTaskOut } from "./task-out";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function rescheduleTask(auth: AuthContext, id: string, input: TRescheduleTask): Promise<TTaskOut> {
  const { date } = ZRescheduleTask.parse(input);
  return db().$transaction(async (tx) => {
    const visible = await visibleToCaller(tx, auth);
    const { count } = await tx.task.updateMany({
      where: { AND: [visible, { id, status: { in: [...OPEN_STATUSES] } }] },
      data: { rescheduledOn: fromCalendarDate(date) },
    });
    if (count === 0) {
      const exists = await tx.task.findFirst({ where: { AND: [visible, { id }] }, select: { id: true } });
      throw exists ? new AppError("CONFLICT", "Only an open task can be rescheduled.") : notFound("Task");
    }
    return toTaskOut(await tx.task.findFirstOrThrow({ where: { id, householdId: auth.householdId }, include: taskInclude }));
  });
}
