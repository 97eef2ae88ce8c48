/**
 * Deletes a schedule and its open tasks; completed and skipped ones stay as history
 * (their scheduleId becomes null). Refused while other schedules depend on it.
 */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function deleteSchedule(auth: AuthContext, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const householdId = auth.householdId;
    await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`schedule-deps:${householdId}`}, 0))`;
    const visible = await visibleToCaller(tx, auth);
    const target = await tx.schedule.findFirst({ where: { AND: [visible, { id }] }, select: { id: true } });
    if (!target) throw notFound("Schedule");
    const dependents = await tx.schedule.findMany({
      where: { householdId, dependsOnScheduleId: id },
      select: { title: true },
      orderBy: { title: "asc" },
    });
    if (dependents.length > 0) {
      throw new AppError("CONFLICT", `Other schedules wait for this one: ${dependents.map((d) => d.title).join(", ")}. Change them first.`);
    }
    await tx.task.deleteMany({ where: { householdId, scheduleId: id, status: { in: [...OPEN_STATUSES] } } });
    const { count } = await tx.schedule.deleteMany({ where: { id, householdId } });
    if (count === 0) throw notFound("Schedule");
  });
}
