/** Tasks of the household with filters, in creation order, cursor-paged by id. */
import { fromCalendarDate } from "@/lib/assets/calendar-date";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, type Prisma } from "@/lib/server/db/client";
import { addDays } from "@/lib/schedules/engine";
import { householdClock } from "@/lib/schedules/schedule-state";
import { OPEN_STATUSES, ZListTasksQuery, type TListTasksQuery, type TTaskPage } from "./schemas";
import { taskInclude, toTaskOut } from "./task-out";
import { visibleToCaller } from "@/lib/schedules/asset-visibility";

/** Effective due date (a reschedule wins over the plan) on or before `date`. */
function dueOnOrBefore(date: string): Prisma.TaskWhereInput {
  const day = fromCalendarDate(date);
  return { OR: [{ rescheduledOn: { lte: day } }, { rescheduledOn: null, plannedOn: { lte: day } }] };
}

export async function listTasks(auth: AuthContext, input: TListTasksQuery = {}, options: { now?: Date } = {}): Promise<TTaskPage> {
  const query = ZListTasksQuery.parse(input);
  const and: Prisma.TaskWhereInput[] = [await visibleToCaller(db(), auth)];
  if (query.mine) and.push({ assignees: { some: { userId: auth.userId } } });
  if (query.status) and.push({ status: { in: query.status } });
  if (query.assetId) and.push({ assetId: query.assetId });
  if (query.scheduleId) and.push({ scheduleId: query.scheduleId });
  if (query.parentTaskId) and.push({ parentTaskId: query.parentTaskId });
  if (query.dueWithinDays !== undefined || query.overdue) {
    const { today } = await householdClock(db(), auth.householdId, options.now);
    and.push({ status: { in: [...OPEN_STATUSES] } });
    if (query.dueWithinDays !== undefined) and.push(dueOnOrBefore(addDays(today, query.dueWithinDays)));
    if (query.overdue) and.push(dueOnOrBefore(addDays(today, -1)));
  }
  if (query.cursor) and.push({ id: { gt: query.cursor } });
  const rows = await db().task.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take: query.limit + 1, include: taskInclude });
  const page = rows.slice(0, query.limit);
  return { items: page.map(toTaskOut), nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
}
