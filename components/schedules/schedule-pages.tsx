"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { formatCalendarDate } from "@/lib/client/format";
import { useSchedule, useScheduleList } from "@/lib/client/hooks/schedules";
import { useCan } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { AssetName } from "@/components/tasks/task-row";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckIcon, PencilIcon, PlusIcon } from "@/components/ui/icons";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { PausedBadge, ScheduleControls } from "./schedule-controls";
import { ScheduleForm } from "./schedule-form";

export function EditScheduleView({ id }: { id: string }) {
  const query = useSchedule(id);
  const router = useRouter();
  const canWrite = useCan("schedule:write");
  if (query.isPending) {
    return (
      <LoadingBlock label="Loading schedule">
        <Skeleton className="h-64 rounded-2xl" />
      </LoadingBlock>
    );
  }
  if (query.isError) return <QueryErrorAlert title="This schedule could not be loaded" query={query} />;
  const schedule = query.data;
  return (
    <>
      <PageHeader
        title="Edit schedule"
        description="Changes apply to future tasks only; done and skipped tasks stay as they were."
        back={schedule.assetId ? { href: `/assets/${schedule.assetId}`, label: "Asset" } : { href: "/schedules", label: "Schedules" }}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <PausedBadge paused={schedule.paused} />
            {canWrite ? (
              <ScheduleControls
                schedule={schedule}
                onDeleted={() => router.push(schedule.assetId ? `/assets/${schedule.assetId}` : "/schedules")}
              />
            ) : null}
          </div>
        }
      />
      <ScheduleForm schedule={schedule} assetId={schedule.assetId} />
    </>
  );
}

export function ScheduleListView() {
  const schedules = useScheduleList();
  const canWrite = useCan("schedule:write");
  return (
    <>
      <PageHeader
        title="Schedules"
        description="Recurring upkeep. Each schedule keeps one open task at a time."
        back={{ href: "/tasks", label: "Tasks" }}
        actions={
          canWrite ? (
            <ButtonLink href="/schedules/new" size="sm">
              <PlusIcon className="size-4" />
              New chore
            </ButtonLink>
          ) : null
        }
      />
      {schedules.isPending ? (
        <LoadingBlock label="Loading schedules">
          <Skeleton className="h-40 rounded-2xl" />
        </LoadingBlock>
      ) : schedules.isError ? (
        <QueryErrorAlert title="Schedules could not be loaded" query={schedules} />
      ) : schedules.data.length === 0 ? (
        <EmptyState
          icon={<CheckIcon />}
          title="No schedules yet"
          description="Open an asset and choose “Add schedule”, or add a household chore."
          action={canWrite ? <ButtonLink href="/schedules/new">New chore</ButtonLink> : null}
        />
      ) : (
        <ul aria-label="Schedules" className="flex flex-col gap-2">
          {schedules.data.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-3 rounded-xl border border-border bg-surface px-4 py-3">
              <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                <Link
                  href={`/schedules/${s.id}`}
                  className="w-fit font-medium hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                >
                  {s.title}
                </Link>
                <span className="text-sm text-muted">
                  {s.assetId ? (
                    <>
                      <Link href={`/assets/${s.assetId}`} className="hover:underline">
                        <AssetName assetId={s.assetId} />
                      </Link>
                      {" · "}
                    </>
                  ) : null}
                  {s.description}
                </span>
              </div>
              <PausedBadge paused={s.paused} />
              {s.nextTask ? (
                <Link href={`/tasks/${s.nextTask.id}`} className="text-sm text-primary hover:underline">
                  {s.nextTask.dueOn ? `Next: ${formatCalendarDate(s.nextTask.dueOn)}` : "Next: waits for usage"}
                </Link>
              ) : null}
              {canWrite ? (
                <ButtonLink href={`/schedules/${s.id}/edit`} variant="outline" size="sm" aria-label={`Edit ${s.title}`}>
                  <PencilIcon className="size-4" />
                  Edit
                </ButtonLink>
              ) : null}
              {canWrite ? <ScheduleControls schedule={s} /> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
