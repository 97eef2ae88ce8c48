/**
 * A schedule's past occurrences: its closed top-level tasks (done, skipped, cancelled),
 * latest planned first, keyset-paged. Each entry sets the plan beside what happened:
 * the day it was done in the household's time zone, how many days early or late that
 * was, who did it and what they noted. Skipped and cancelled occurrences were never
 * done, so they carry no completion day and no early/late figure.
 */
import "server-only";
import { taskInclude, type TaskWithAssignees } from "@/lib/core/task-row";
import { fromCalendarDate, toCalendarDate } from "@/lib/core/calendar-date";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, type Prisma } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";
import { calendarDateInZone, diffDays } from "./engine";
import { decodeHistoryCursor, encodeHistoryCursor, type HistoryCursor } from "./history-cursor";
import { householdClock } from "./schedule-state";
import { ZScheduleHistoryQuery, type TScheduleHistoryEntry, type TScheduleHistoryPage, type TScheduleHistoryQuery } from "./schemas";

const CLOSED_STATUSES = ["DONE", "SKIPPED", "CANCELLED"] as const;
type ClosedStatus = (typeof CLOSED_STATUSES)[number];

/** Rows after the cursor in (plannedOn DESC NULLS LAST, id DESC) order. */
function afterCursor(cursor: HistoryCursor): Prisma.TaskWhereInput {
  if (cursor.plannedOn === null) return { plannedOn: null, id: { lt: cursor.id } };
  const day = fromCalendarDate(cursor.plannedOn);
  return { OR: [{ plannedOn: { lt: day } }, { plannedOn: day, id: { lt: cursor.id } }, { plannedOn: null }] };
}

/** Display names of the given users who are members of the household; former members are left out. */
async function memberNames(householdId: string, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await db().user.findMany({
    where: { id: { in: userIds }, memberships: { some: { householdId } } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

function toEntry(task: TaskWithAssignees, timeZone: string, names: Map<string, string>): TScheduleHistoryEntry {
  const plannedOn = toCalendarDate(task.plannedOn);
  const rescheduledOn = toCalendarDate(task.rescheduledOn);
  const dueOn = rescheduledOn ?? plannedOn;
  const localDay = (instant: Date | null) => (instant ? calendarDateInZone(instant, timeZone) : null);
  const done = task.status === "DONE";
  const completedOn = done ? localDay(task.completedAt) : null;
  const person = (userId: string) => ({ userId, name: names.get(userId) ?? null });
  return {
    taskId: task.id,
    title: task.title,
    // The WHERE admits closed statuses only.
    status: task.status as ClosedStatus,
    plannedOn,
    rescheduledOn,
    dueOn,
    completedAt: done ? (task.completedAt?.toISOString() ?? null) : null,
    completedOn,
    daysLate: completedOn && dueOn ? diffDays(dueOn, completedOn) : null,
    completedBy: done && task.completedById ? person(task.completedById) : null,
    assignmentMode: task.assignmentMode,
    assignees: task.assignees.map((a) => ({
      ...person(a.userId),
      completedAt: a.completedAt?.toISOString() ?? null,
      completedOn: localDay(a.completedAt),
    })),
    notes: task.notes,
    completionNote: task.completionNote,
    meterReadingValue: task.meterReadingValue?.toNumber() ?? null,
    costMinor: task.costMinor === null ? null : Number(task.costMinor),
    trigger: task.trigger,
  };
}

export async function listScheduleHistory(
  auth: AuthContext,
  scheduleId: string,
  input: TScheduleHistoryQuery = {},
): Promise<TScheduleHistoryPage> {
  const query = ZScheduleHistoryQuery.parse(input);
  // Decoded first, so a foreign cursor is refused before any query runs.
  const cursor = query.cursor ? decodeHistoryCursor(query.cursor) : null;
  const visible = await visibleToCaller(db(), auth);
  const schedule = await db().schedule.findFirst({ where: { AND: [visible, { id: scheduleId }] }, select: { id: true } });
  if (!schedule) throw notFound("Schedule");
  const [rows, clock] = await Promise.all([
    db().task.findMany({
      where: {
        AND: [visible, { scheduleId, parentTaskId: null, status: { in: [...CLOSED_STATUSES] } }, ...(cursor ? [afterCursor(cursor)] : [])],
      },
      orderBy: [{ plannedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: query.limit + 1,
      include: taskInclude,
    }),
    householdClock(db(), auth.householdId),
  ]);
  const page = rows.slice(0, query.limit);
  const userIds = new Set(page.flatMap((t) => [...(t.completedById ? [t.completedById] : []), ...t.assignees.map((a) => a.userId)]));
  const names = await memberNames(auth.householdId, [...userIds]);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeHistoryCursor({ plannedOn: toCalendarDate(last.plannedOn), id: last.id }) : null;
  return { items: page.map((task) => toEntry(task, clock.timeZone, names)), nextCursor };
}
