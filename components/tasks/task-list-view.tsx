"use client";

import { usePathname, useRouter } from "next/navigation";
import { useMemo, useState, type KeyboardEvent } from "react";
import { OPEN_STATUSES } from "@/lib/tasks/schemas";
import type { TaskListFilters } from "@/lib/client/query-keys";
import { useScheduleList } from "@/lib/client/hooks/schedules";
import { useTaskList } from "@/lib/client/hooks/tasks";
import { PageHeader } from "@/components/app-shell/page-header";
import { useHouseholdToday } from "@/components/assets/warranty-badges";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckIcon } from "@/components/ui/icons";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { TaskRow } from "./task-row";
import { TASK_VIEWS, type TaskView } from "./task-views";
import { byDueDate } from "./urgency";

const OPEN = [...OPEN_STATUSES];
const FILTERS: Record<TaskView, TaskListFilters> = {
  mine: { mine: true, status: OPEN, limit: 200 },
  household: { status: OPEN, limit: 200 },
  soon: { dueWithinDays: 7, limit: 200 },
  overdue: { overdue: true, limit: 200 },
};

export function TaskListView({ initialView }: { initialView: TaskView }) {
  const [view, setView] = useState<TaskView>(initialView);
  const router = useRouter();
  const pathname = usePathname();
  const tasks = useTaskList(FILTERS[view]);
  const schedules = useScheduleList();
  const today = useHouseholdToday();
  const leadDays = useMemo(() => new Map((schedules.data ?? []).map((s) => [s.id, s.leadDays])), [schedules.data]);
  const items = useMemo(() => [...(tasks.data?.items ?? [])].sort(byDueDate), [tasks.data]);
  const current = TASK_VIEWS.find((v) => v.id === view) ?? TASK_VIEWS[0];

  function choose(next: TaskView) {
    setView(next);
    // The view lives in the URL so reload and back keep it, without a new history entry per click.
    router.replace(next === "mine" ? pathname : `${pathname}?view=${next}`, { scroll: false });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TASK_VIEWS.findIndex((v) => v.id === view);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TASK_VIEWS[(index + step + TASK_VIEWS.length) % TASK_VIEWS.length];
    if (next) {
      choose(next.id);
      document.getElementById(`task-tab-${next.id}`)?.focus();
    }
  }

  return (
    <>
      <PageHeader
        title="Tasks"
        description="Upkeep that is planned or due. Overdue tasks are marked red, those due within their lead time amber."
        actions={
          <>
            <ButtonLink href="/tasks/calendar" variant="outline" size="sm">
              Calendar
            </ButtonLink>
            <ButtonLink href="/schedules" variant="outline" size="sm">
              Schedules
            </ButtonLink>
          </>
        }
      />
      <div role="tablist" aria-label="Task views" onKeyDown={onKeyDown} className="mb-5 grid w-full grid-cols-4 gap-1 rounded-xl bg-surface-2 p-1 sm:inline-flex sm:w-auto">
        {TASK_VIEWS.map((v) => (
          <button
            key={v.id}
            id={`task-tab-${v.id}`}
            type="button"
            role="tab"
            aria-selected={v.id === view}
            aria-controls="task-panel"
            tabIndex={v.id === view ? 0 : -1}
            onClick={() => choose(v.id)}
            className={cn(
              "h-9 min-w-0 truncate rounded-lg px-1 text-[13px] font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-ring sm:px-3 sm:text-sm",
              v.id === view ? "bg-surface text-fg shadow-sm" : "text-muted hover:text-fg",
            )}
          >
            {v.label}
          </button>
        ))}
      </div>

      <div id="task-panel" role="tabpanel" aria-labelledby={`task-tab-${view}`}>
        {tasks.isPending ? (
          <LoadingBlock label="Loading tasks">
            <div className="flex flex-col gap-2">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-16 rounded-xl" />
              ))}
            </div>
          </LoadingBlock>
        ) : tasks.isError ? (
          <QueryErrorAlert title="Tasks could not be loaded" query={tasks} />
        ) : items.length === 0 ? (
          <EmptyState icon={<CheckIcon />} title="All clear" description={current.empty} />
        ) : (
          <ul aria-label={current.label} className={cn("flex flex-col gap-2", tasks.isPlaceholderData && "opacity-60")}>
            {items.map((task) => (
              <TaskRow key={task.id} task={task} today={today} leadDays={(task.scheduleId && leadDays.get(task.scheduleId)) || 0} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
