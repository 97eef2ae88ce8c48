"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useHouseholdSettings } from "@/lib/client/hooks/households";
import { useTaskCalendar } from "@/lib/client/hooks/tasks";
import { leadingBlanks, weekdayOrder } from "@/lib/client/week";
import type { TWeekday } from "@/lib/households/browser-locale";
import type { TTaskCalendarOut } from "@/lib/tasks/schemas";
import { addMonths, daysInMonth, formatCalendarDate, weekdayOf } from "@/lib/core/calendar-date";
import { PageHeader } from "@/components/app-shell/page-header";
import { useHouseholdToday } from "@/components/assets/warranty-badges";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";

type CalendarTask = TTaskCalendarOut[number]["tasks"][number];

/** By weekdayOf's index (0 = Sunday); shown from the household's first day of the week. */
const WEEKDAYS = [
  { index: 0, short: "Sun", long: "Sunday" },
  { index: 1, short: "Mon", long: "Monday" },
  { index: 2, short: "Tue", long: "Tuesday" },
  { index: 3, short: "Wed", long: "Wednesday" },
  { index: 4, short: "Thu", long: "Thursday" },
  { index: 5, short: "Fri", long: "Friday" },
  { index: 6, short: "Sat", long: "Saturday" },
] as const;

const OPEN_LABELS: Partial<Record<CalendarTask["status"], string>> = { OPEN: "Open", IN_PROGRESS: "In progress", BLOCKED: "Blocked" };

/** The state as words (and a matching colour), so colour is never the only signal. */
function taskState(task: CalendarTask, date: string, today: string): { label: string; className: string } {
  if (task.status === "DONE") return { label: "Done", className: "text-success line-through decoration-success/50" };
  if (task.status === "SKIPPED") return { label: "Skipped", className: "text-muted line-through" };
  if (date < today) return { label: "Overdue", className: "text-danger font-medium" };
  return { label: OPEN_LABELS[task.status] ?? "Open", className: "text-fg" };
}

const monthTitle = (month: string) =>
  new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
const dayTitle = (date: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** Weeks of the month as rows of seven dates, null outside the month. */
function monthWeeks(month: string, weekStartsOn: TWeekday): (string | null)[][] {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const first = `${month}-01`;
  const lead = leadingBlanks(weekdayOf(first), weekStartsOn);
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(year, monthNumber); day += 1) cells.push(formatCalendarDate({ year, month: monthNumber, day }));
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

function TaskLink({ task, date, today }: { task: CalendarTask; date: string; today: string }) {
  const state = taskState(task, date, today);
  return (
    <Link
      href={`/tasks/${task.id}`}
      className="block rounded px-1 py-0.5 text-xs hover:bg-surface-2 focus-visible:outline-2 focus-visible:outline-ring"
    >
      <span className={cn("block truncate", state.className)}>{task.title}</span>
      <span className="block truncate text-[11px] text-muted">
        {state.label}
        {task.assetName ? ` · ${task.assetName}` : ""}
      </span>
    </Link>
  );
}

export function CalendarView({ initialMonth }: { initialMonth: string | null }) {
  const today = useHouseholdToday();
  const router = useRouter();
  const pathname = usePathname();
  const [chosen, setChosen] = useState(initialMonth);
  const month = chosen ?? today.slice(0, 7);
  const calendar = useTaskCalendar(month);
  const byDate = useMemo(() => new Map((calendar.data ?? []).map((d) => [d.date, d.tasks])), [calendar.data]);
  // Monday until the household's setting arrives (the order before this setting existed).
  const weekStartsOn = useHouseholdSettings().data?.weekStartsOn ?? "MONDAY";
  const weeks = useMemo(() => monthWeeks(month, weekStartsOn), [month, weekStartsOn]);
  const columns = useMemo(() => weekdayOrder(weekStartsOn).map((index) => WEEKDAYS[index] ?? WEEKDAYS[0]), [weekStartsOn]);

  function go(next: string) {
    setChosen(next);
    // In the URL so reload and shared links keep the month, without a history entry per click.
    router.replace(`${pathname}?month=${next}`, { scroll: false });
  }
  const shift = (months: number) => go(addMonths(`${month}-01`, months).slice(0, 7));

  return (
    <>
      <PageHeader
        title="Task calendar"
        description="Tasks by the day they are due. Overdue, open and done tasks are labelled."
        back={{ href: "/tasks", label: "Tasks" }}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <Button variant="outline" size="sm" onClick={() => shift(-1)}>
          Previous month
        </Button>
        <h2 className="min-w-40 text-center text-lg font-semibold" aria-live="polite">
          {monthTitle(month)}
        </h2>
        <Button variant="outline" size="sm" onClick={() => shift(1)}>
          Next month
        </Button>
        {month !== today.slice(0, 7) ? (
          <Button variant="ghost" size="sm" onClick={() => go(today.slice(0, 7))}>
            This month
          </Button>
        ) : null}
        <ButtonLink href="/tasks" variant="ghost" size="sm" className="ml-auto">
          List view
        </ButtonLink>
      </div>

      {calendar.isPending ? (
        <LoadingBlock label="Loading the calendar">
          <Skeleton className="h-96 rounded-xl" />
        </LoadingBlock>
      ) : calendar.isError ? (
        <QueryErrorAlert title="The calendar could not be loaded" query={calendar} />
      ) : (
        <div className={cn(calendar.isPlaceholderData && "opacity-60")}>
          <table className="hidden w-full table-fixed border-collapse sm:table">
            <caption className="sr-only">Tasks due in {monthTitle(month)}</caption>
            <thead>
              <tr>
                {columns.map((d) => (
                  <th
                    key={d.index}
                    scope="col"
                    abbr={d.long}
                    className="border-b border-border py-2 text-left text-xs font-medium text-muted"
                  >
                    {d.short}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.find(Boolean) ?? ""}>
                  {week.map((date, i) =>
                    date === null ? (
                      <td key={`blank-${i}`} className="border border-border bg-surface-2/40" />
                    ) : (
                      <td
                        key={date}
                        aria-current={date === today ? "date" : undefined}
                        className={cn("h-24 border border-border p-1 align-top", date === today && "bg-info-soft")}
                      >
                        <div className="mb-1 flex items-center justify-between text-xs">
                          <span className={cn("font-medium", date === today && "rounded-full bg-primary px-1.5 text-primary-fg")}>
                            {Number(date.slice(8))}
                          </span>
                          {date === today ? <span className="text-[11px] font-medium text-primary">Today</span> : null}
                        </div>
                        <ul className="flex flex-col gap-0.5" aria-label={dayTitle(date)}>
                          {(byDate.get(date) ?? []).map((task) => (
                            <li key={task.id}>
                              <TaskLink task={task} date={date} today={today} />
                            </li>
                          ))}
                        </ul>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>

          {/* Seven columns do not fit a phone: the same month as a list of the days that have tasks. */}
          <div className="sm:hidden">
            {calendar.data && calendar.data.length > 0 ? (
              <ol className="flex flex-col gap-3" aria-label={`Tasks due in ${monthTitle(month)}`}>
                {calendar.data.map((day) => (
                  <li key={day.date} aria-current={day.date === today ? "date" : undefined} className="rounded-xl border border-border p-3">
                    <h3 className="mb-1 text-sm font-semibold">
                      {dayTitle(day.date)}
                      {day.date === today ? <span className="ml-2 text-xs font-medium text-primary">Today</span> : null}
                    </h3>
                    <ul className="flex flex-col gap-1">
                      {day.tasks.map((task) => (
                        <li key={task.id}>
                          <TaskLink task={task} date={day.date} today={today} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-muted">Nothing is due this month.</p>
            )}
          </div>
        </div>
      )}
    </>
  );
}
