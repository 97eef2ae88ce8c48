import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { readScheduleOut } from "./schedule-out";
import type { TScheduleOut } from "./schemas";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function getSchedule(auth: AuthContext, id: string): Promise<TScheduleOut> {
  const schedule = await db().schedule.findFirst({ where: { AND: [await visibleToCaller(db(), auth), { id }] } });
  if (!schedule) throw notFound("Schedule");
  return readScheduleOut(db(), schedule);
}
