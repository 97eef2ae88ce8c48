/** The month view: days of one month that have tasks due, with what the calendar shows of each. */
import "server-only";
import { fromCalendarDate, toCalendarDate } from "@/lib/core/calendar-date";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";
import { daysInMonth, formatCalendarDate } from "@/lib/core/calendar-date";
import { ZTaskCalendarQuery, type TTaskCalendarOut, type TTaskCalendarQuery } from "./schemas";

/** A month holds at most a few hundred tasks in any real household; the cap keeps a runaway one bounded. */
const MAX_TASKS = 2000;

export async function taskCalendar(auth: AuthContext, input: TTaskCalendarQuery): Promise<TTaskCalendarOut> {
  const { month } = ZTaskCalendarQuery.parse(input);
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const first = fromCalendarDate(formatCalendarDate({ year, month: monthNumber, day: 1 }));
  const last = fromCalendarDate(formatCalendarDate({ year, month: monthNumber, day: daysInMonth(year, monthNumber) }));
  const rows = await db().task.findMany({
    where: {
      AND: [
        await visibleToCaller(db(), auth),
        // Cancelled tasks will never be done; showing them would only clutter the month.
        { status: { not: "CANCELLED" } },
        { OR: [{ rescheduledOn: { gte: first, lte: last } }, { rescheduledOn: null, plannedOn: { gte: first, lte: last } }] },
      ],
    },
    orderBy: { id: "asc" },
    take: MAX_TASKS,
    select: { id: true, title: true, status: true, assetId: true, plannedOn: true, rescheduledOn: true },
  });
  const assetIds = [...new Set(rows.flatMap((r) => (r.assetId ? [r.assetId] : [])))];
  const assets =
    assetIds.length === 0
      ? []
      : await db().asset.findMany({
          where: { AND: [visibleAssetsWhere(auth), { id: { in: assetIds } }] },
          select: { id: true, name: true },
        });
  const assetName = new Map(assets.map((a) => [a.id, a.name]));
  const byDate = new Map<string, TTaskCalendarOut[number]["tasks"]>();
  for (const row of rows) {
    const date = toCalendarDate(row.rescheduledOn ?? row.plannedOn);
    if (!date) continue;
    const tasks = byDate.get(date) ?? [];
    tasks.push({ id: row.id, title: row.title, status: row.status, assetName: row.assetId ? (assetName.get(row.assetId) ?? null) : null });
    byDate.set(date, tasks);
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, tasks]) => ({ date, tasks }));
}
