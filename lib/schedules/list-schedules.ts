import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { readScheduleOut } from "./schedule-out";
import { ZListSchedulesQuery, type TScheduleOut } from "./schemas";
import type { z } from "zod";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

/** A household has tens of schedules, not thousands: one unpaged list, by title. */
export async function listSchedules(auth: AuthContext, input: z.input<typeof ZListSchedulesQuery> = {}): Promise<TScheduleOut[]> {
  const query = ZListSchedulesQuery.parse(input);
  const rows = await db().schedule.findMany({
    where: { AND: [await visibleToCaller(db(), auth), { assetId: query.assetId, paused: query.paused }] },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  return Promise.all(rows.map((row) => readScheduleOut(db(), row)));
}
