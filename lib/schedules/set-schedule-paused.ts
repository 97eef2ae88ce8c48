/**
 * Pausing keeps the open task (it is still real work someone may do) but stops the
 * schedule from planning further ones; resuming plans the next one if none is open.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { planNextTask } from "./advance-schedule";
import { readScheduleOut } from "./schedule-out";
import { householdClock } from "./schedule-state";
import type { TScheduleChangeOut } from "./schemas";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function setSchedulePaused(
  auth: AuthContext,
  id: string,
  paused: boolean,
  options: { now?: Date } = {},
): Promise<TScheduleChangeOut> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.schedule.updateMany({ where: { AND: [await visibleToCaller(tx, auth), { id }] }, data: { paused } });
    if (count === 0) throw notFound("Schedule");
    const schedule = await tx.schedule.findFirstOrThrow({ where: { id, householdId: auth.householdId } });
    const task = paused ? null : await planNextTask(tx, schedule, await householdClock(tx, auth.householdId, options.now));
    return { schedule: await readScheduleOut(tx, schedule), tasksChanged: 0, tasksCreated: task ? 1 : 0 };
  });
}
