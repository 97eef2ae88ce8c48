"use client";

import { OPEN_STATUSES } from "@/lib/core/task-status";
import Link from "next/link";
import { useMemo } from "react";
import { useScheduleList } from "@/lib/client/hooks/schedules";
import { useTaskList } from "@/lib/client/hooks/tasks";
import { useCan } from "@/components/app-shell/membership";
import { useHouseholdToday } from "@/components/assets/warranty-badges";
import { TaskRow } from "@/components/tasks/task-row";
import { byDueDate } from "@/components/tasks/urgency";
import { ButtonLink } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { PencilIcon, PlusIcon } from "@/components/ui/icons";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { Skeleton } from "@/components/ui/spinner";
import { MetersSection } from "./meters-section";

/** An asset's upkeep on its page: schedules, their open tasks and the usage meters. */
export function MaintenanceCard({ assetId }: { assetId: string }) {
  const schedules = useScheduleList(assetId);
  const tasks = useTaskList({ assetId, status: [...OPEN_STATUSES], limit: 200 });
  const today = useHouseholdToday();
  const canSchedule = useCan("schedule:write");
  const canAsset = useCan("asset:write");
  const canTask = useCan("task:write");
  const leadDays = useMemo(() => new Map((schedules.data ?? []).map((s) => [s.id, s.leadDays])), [schedules.data]);
  const openTasks = useMemo(() => [...(tasks.data?.items ?? [])].filter((t) => !t.parentTaskId).sort(byDueDate), [tasks.data]);

  return (
    <CardSection
      id="maintenance"
      title="Maintenance"
      description="Recurring upkeep, open tasks and usage meters."
      action={
        canSchedule || canTask ? (
          <div className="flex flex-wrap gap-2">
            {canTask ? (
              <ButtonLink href={`/tasks/new?assetId=${assetId}`} variant="outline" size="sm">
                <PlusIcon className="size-4" />
                New task
              </ButtonLink>
            ) : null}
            {canSchedule ? (
              <ButtonLink href={`/schedules/new?assetId=${assetId}`} variant="outline" size="sm">
                <PlusIcon className="size-4" />
                Add schedule
              </ButtonLink>
            ) : null}
          </div>
        ) : null
      }
    >
      <div className="flex flex-col gap-5">
        <section aria-labelledby="open-tasks-heading" className="flex flex-col gap-2">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <h3 id="open-tasks-heading" className="text-sm font-semibold">
              Open tasks
            </h3>
            <Link
              href={`/tasks?view=household&assetId=${assetId}`}
              className="text-sm text-primary hover:underline focus-visible:outline-2 focus-visible:outline-ring"
            >
              All tasks of this asset
            </Link>
          </div>
          {tasks.isPending ? (
            <Skeleton className="h-14 rounded-xl" />
          ) : tasks.isError ? (
            <QueryErrorAlert title="Tasks could not be loaded" query={tasks} />
          ) : openTasks.length === 0 ? (
            <p className="text-sm text-muted">Nothing to do right now.</p>
          ) : (
            <ul aria-label="Open tasks" className="flex flex-col gap-2">
              {openTasks.map((task) => (
                <TaskRow
                  key={task.id}
                  task={task}
                  today={today}
                  leadDays={(task.scheduleId && leadDays.get(task.scheduleId)) || 0}
                  showAsset={false}
                />
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="schedules-heading" className="flex flex-col gap-2">
          <h3 id="schedules-heading" className="text-sm font-semibold">
            Schedules
          </h3>
          {schedules.isPending ? (
            <Skeleton className="h-12 rounded-xl" />
          ) : schedules.isError ? (
            <QueryErrorAlert title="Schedules could not be loaded" query={schedules} />
          ) : schedules.data.length === 0 ? (
            <p className="text-sm text-muted">No schedules yet.</p>
          ) : (
            <ul aria-label="Schedules" className="flex flex-col gap-2">
              {schedules.data.map((s) => (
                <li key={s.id} className="flex items-center gap-3 rounded-xl border border-border px-3 py-2">
                  <div className="flex min-w-0 flex-1 flex-col">
                    <Link
                      href={`/schedules/${s.id}`}
                      className="w-fit font-medium hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                    >
                      {s.title}
                    </Link>
                    <span className="text-sm text-muted">{s.description}</span>
                  </div>
                  {canSchedule ? (
                    <Link
                      href={`/schedules/${s.id}/edit`}
                      aria-label={`Edit ${s.title}`}
                      className="rounded-md p-2 text-muted hover:bg-surface-2 hover:text-fg focus-visible:outline-2 focus-visible:outline-ring"
                    >
                      <PencilIcon className="size-4" />
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>

        <MetersSection assetId={assetId} canAddMeter={canAsset} canRecord={canTask} />
      </div>
    </CardSection>
  );
}
