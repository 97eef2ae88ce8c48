/**
 * Tasks of the household with filters, by due date (default) or creation order, keyset-paged.
 *
 * The due date is rescheduledOn when set, else plannedOn. Prisma cannot ORDER BY that
 * COALESCE, so the due sort reads the two dated kinds separately (each in index order,
 * each with its own keyset condition), merges them, and tops the page up with undated
 * tasks by id: the same order COALESCE(...) NULLS LAST, id would give.
 */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { taskInclude, type TaskWithAssignees } from "@/lib/core/task-row";
import { fromCalendarDate, toCalendarDate } from "@/lib/core/calendar-date";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, type Prisma } from "@/lib/server/db/client";
import { addDays } from "@/lib/schedules/engine";
import { householdClock } from "@/lib/schedules/schedule-state";
import { ZListTasksQuery, type TListTasksQuery, type TTaskPage } from "./schemas";
import { toTaskOut } from "./task-out";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";
import { decodeTaskCursor, encodeTaskCursor, type TaskCursor } from "./task-cursor";

/** Effective due date (a reschedule wins over the plan) on or before `date`. */
function dueOnOrBefore(date: string): Prisma.TaskWhereInput {
  const day = fromCalendarDate(date);
  return { OR: [{ rescheduledOn: { lte: day } }, { rescheduledOn: null, plannedOn: { lte: day } }] };
}

const dueOf = (task: Pick<TaskWithAssignees, "plannedOn" | "rescheduledOn">): string | null =>
  toCalendarDate(task.rescheduledOn ?? task.plannedOn);

/** Due order: dated before undated, earlier before later, then id. */
function compareDue(a: TaskWithAssignees, b: TaskWithAssignees): number {
  const dueA = dueOf(a);
  const dueB = dueOf(b);
  if (dueA !== dueB) {
    if (dueA === null) return 1;
    if (dueB === null) return -1;
    return dueA < dueB ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Rows strictly after (key, id) on one date column. */
function afterOn(column: "rescheduledOn" | "plannedOn", key: string, id: string): Prisma.TaskWhereInput {
  const day = fromCalendarDate(key);
  return { OR: [{ [column]: { gt: day } }, { [column]: day, id: { gt: id } }] };
}

async function dueOrderedRows(where: Prisma.TaskWhereInput, cursor: TaskCursor | null, take: number): Promise<TaskWithAssignees[]> {
  const find = (extra: Prisma.TaskWhereInput[], orderBy: Prisma.TaskOrderByWithRelationInput[], count: number) =>
    db().task.findMany({ where: { AND: [where, ...extra] }, orderBy, take: count, include: taskInclude });
  let dated: TaskWithAssignees[] = [];
  if (!cursor || cursor.key !== null) {
    const key = cursor?.key ?? null;
    const [rescheduled, planned] = await Promise.all([
      find(
        [{ rescheduledOn: { not: null } }, ...(cursor && key ? [afterOn("rescheduledOn", key, cursor.id)] : [])],
        [{ rescheduledOn: "asc" }, { id: "asc" }],
        take,
      ),
      find(
        [{ rescheduledOn: null, plannedOn: { not: null } }, ...(cursor && key ? [afterOn("plannedOn", key, cursor.id)] : [])],
        [{ plannedOn: "asc" }, { id: "asc" }],
        take,
      ),
    ]);
    dated = [...rescheduled, ...planned].sort(compareDue).slice(0, take);
  }
  if (dated.length >= take) return dated;
  const undatedAfter = cursor && cursor.key === null ? [{ id: { gt: cursor.id } }] : [];
  const undated = await find([{ rescheduledOn: null, plannedOn: null }, ...undatedAfter], [{ id: "asc" }], take - dated.length);
  return [...dated, ...undated];
}

export async function listTasks(auth: AuthContext, input: TListTasksQuery = {}, options: { now?: Date } = {}): Promise<TTaskPage> {
  const query = ZListTasksQuery.parse(input);
  // Decoded first, so a foreign cursor is refused before any query runs.
  const cursor = query.cursor ? decodeTaskCursor(query.cursor, query.sort) : null;
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
  const take = query.limit + 1;
  const rows =
    query.sort === "due"
      ? await dueOrderedRows({ AND: and }, cursor, take)
      : await db().task.findMany({
          where: { AND: [...and, ...(cursor ? [{ id: { gt: cursor.id } }] : [])] },
          orderBy: { id: "asc" },
          take,
          include: taskInclude,
        });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeTaskCursor({ sort: query.sort, key: query.sort === "due" ? dueOf(last) : null, id: last.id })
      : null;
  return { items: page.map(toTaskOut), nextCursor };
}
