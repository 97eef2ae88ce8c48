"use client";

import { OPEN_STATUSES } from "@/lib/core/task-status";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useMemo, useState, type KeyboardEvent } from "react";
import { type TTaskOut } from "@/lib/tasks/schemas";
import type { TaskListFilters } from "@/lib/client/query-keys";
import { useAssetDirectory } from "@/lib/client/hooks/asset-directory";
import { useScheduleList } from "@/lib/client/hooks/schedules";
import { useTaskPages } from "@/lib/client/hooks/tasks";
import { useCan } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { useHouseholdToday } from "@/components/assets/warranty-badges";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckIcon, PlusIcon } from "@/components/ui/icons";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { AssetFilter } from "./asset-filter";
import { groupTasksByAsset } from "./task-groups";
import { TaskGroupsView } from "./task-groups-view";
import { TaskRow } from "./task-row";
import { TASK_VIEWS, taskListSearch, type TaskListParams, type TaskView } from "./task-views";

/**
 * Pages of the API's maximum size, then "Load more" with its cursor. The "By asset" view
 * groups what is loaded: pages come in due order, so the first one already holds the most
 * urgent tasks and the groups that matter most; fetching every page up front instead
 * would be unbounded for a large household. More pages only add tasks and groups.
 */
const PAGE_SIZE = 200;
const OPEN = [...OPEN_STATUSES];
const FILTERS: Record<TaskView, TaskListFilters> = {
  mine: { mine: true, status: OPEN },
  household: { status: OPEN },
  soon: { dueWithinDays: 7 },
  overdue: { overdue: true },
  byAsset: { status: OPEN },
};

export function TaskListView({ initial }: { initial: TaskListParams }) {
  const [params, setParams] = useState<TaskListParams>(initial);
  const { view, assetId } = params;
  const router = useRouter();
  const pathname = usePathname();
  const tasks = useTaskPages({ ...FILTERS[view], ...(assetId ? { assetId } : {}), limit: PAGE_SIZE });
  const schedules = useScheduleList();
  const assets = useAssetDirectory();
  const today = useHouseholdToday();
  const canWrite = useCan("task:write");
  const leadDays = useMemo(() => new Map((schedules.data ?? []).map((s) => [s.id, s.leadDays])), [schedules.data]);
  const leadDaysOf = useCallback((task: TTaskOut) => (task.scheduleId && leadDays.get(task.scheduleId)) || 0, [leadDays]);
  const items = useMemo(() => tasks.data?.pages.flatMap((p) => p.items) ?? [], [tasks.data]);
  const groups = useMemo(() => (view === "byAsset" ? groupTasksByAsset(items, today, leadDaysOf) : []), [view, items, today, leadDaysOf]);
  const current = TASK_VIEWS.find((v) => v.id === view) ?? TASK_VIEWS[0];

  function update(next: TaskListParams) {
    setParams(next);
    // The view and filter live in the URL so reload, back and links keep them, without a new history entry per click.
    router.replace(`${pathname}${taskListSearch(next)}`, { scroll: false });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TASK_VIEWS.findIndex((v) => v.id === view);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TASK_VIEWS[(index + step + TASK_VIEWS.length) % TASK_VIEWS.length];
    if (next) {
      update({ view: next.id, assetId });
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
            {canWrite ? (
              <ButtonLink href={assetId ? `/tasks/new?assetId=${assetId}` : "/tasks/new"} size="sm">
                <PlusIcon className="size-4" />
                New task
              </ButtonLink>
            ) : null}
            <ButtonLink href="/tasks/calendar" variant="outline" size="sm">
              Calendar
            </ButtonLink>
            <ButtonLink href="/schedules" variant="outline" size="sm">
              Schedules
            </ButtonLink>
          </>
        }
      />
      <div className="mb-5 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
        {/* Two rows on phones rather than five squeezed labels or a selected tab scrolled out of sight. */}
        <div
          role="tablist"
          aria-label="Task views"
          onKeyDown={onKeyDown}
          className="grid w-full grid-cols-3 gap-1 rounded-xl bg-surface-2 p-1 sm:inline-flex sm:w-auto"
        >
          {TASK_VIEWS.map((v) => (
            <button
              key={v.id}
              id={`task-tab-${v.id}`}
              type="button"
              role="tab"
              aria-selected={v.id === view}
              aria-controls="task-panel"
              tabIndex={v.id === view ? 0 : -1}
              onClick={() => update({ view: v.id, assetId })}
              className={cn(
                "h-9 min-w-0 truncate rounded-lg px-1 text-[13px] font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-ring sm:px-3 sm:text-sm",
                v.id === view ? "bg-surface text-fg shadow-sm" : "text-muted hover:text-fg",
              )}
            >
              {v.label}
            </button>
          ))}
        </div>
        <AssetFilter value={assetId} onChange={(next) => update({ view, assetId: next })} />
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
          <EmptyState
            icon={<CheckIcon />}
            title="All clear"
            description={assetId ? "This asset has no tasks in this view." : current.empty}
          />
        ) : (
          <div className={cn("flex flex-col gap-4", tasks.isPlaceholderData && "opacity-60")}>
            {view === "byAsset" ? (
              <TaskGroupsView groups={groups} assets={assets.data ?? []} today={today} leadDaysOf={leadDaysOf} />
            ) : (
              <ul aria-label={current.label} className="flex flex-col gap-2">
                {items.map((task) => (
                  <TaskRow key={task.id} task={task} today={today} leadDays={leadDaysOf(task)} showAsset={!assetId} />
                ))}
              </ul>
            )}
            {tasks.hasNextPage ? (
              <Button
                variant="outline"
                className="self-center"
                loading={tasks.isFetchingNextPage}
                onClick={() => void tasks.fetchNextPage()}
              >
                Load more tasks
              </Button>
            ) : null}
          </div>
        )}
      </div>
    </>
  );
}
