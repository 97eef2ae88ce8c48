"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import type { TScheduleOut } from "@/lib/schedules/schemas";
import { formatCalendarDate } from "@/lib/client/format";
import { useSchedule } from "@/lib/client/hooks/schedules";
import { useCan } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { AssetName } from "@/components/tasks/task-row";
import { ButtonLink } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { PencilIcon } from "@/components/ui/icons";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { PausedBadge, ScheduleControls } from "./schedule-controls";
import { ScheduleHistory } from "./schedule-history";
import { DetailRow } from "@/components/ui/description-list";

/** One schedule: its rule in words, what comes next, the controls, and what happened before. */
export function ScheduleDetailView({ id }: { id: string }) {
  const query = useSchedule(id);
  const router = useRouter();
  const canWrite = useCan("schedule:write");
  if (query.isPending) {
    return (
      <LoadingBlock label="Loading schedule">
        <Skeleton className="mb-4 h-9 w-2/3" />
        <Skeleton className="h-40 rounded-2xl" />
      </LoadingBlock>
    );
  }
  if (query.isError) return <QueryErrorAlert title="This schedule could not be loaded" query={query} />;
  const schedule = query.data;
  const home = schedule.assetId ? `/assets/${schedule.assetId}` : "/schedules";
  return (
    <>
      <PageHeader
        title={schedule.title}
        description={schedule.description}
        back={schedule.assetId ? { href: home, label: "Asset" } : { href: home, label: "Schedules" }}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <PausedBadge paused={schedule.paused} />
            {canWrite ? (
              <>
                <ButtonLink href={`/schedules/${schedule.id}/edit`} variant="outline" size="sm" aria-label={`Edit ${schedule.title}`}>
                  <PencilIcon className="size-4" />
                  Edit
                </ButtonLink>
                <ScheduleControls schedule={schedule} onDeleted={() => router.push(home)} />
              </>
            ) : null}
          </div>
        }
      />
      <div className="flex flex-col gap-5">
        <ScheduleSummary schedule={schedule} />
        <ScheduleHistory scheduleId={schedule.id} instructions={schedule.instructions} />
      </div>
    </>
  );
}

function nextDue(schedule: TScheduleOut): ReactNode {
  const next = schedule.nextTask;
  if (!next) return schedule.paused ? "Nothing while paused" : "Nothing planned";
  const when = next.dueOn
    ? formatCalendarDate(next.dueOn)
    : schedule.rule.kind === "AFTER_SCHEDULE"
      ? "After the other schedule is done"
      : "When the meter says so";
  return (
    <Link href={`/tasks/${next.id}`} className="text-primary hover:underline">
      {when}
    </Link>
  );
}

function ScheduleSummary({ schedule }: { schedule: TScheduleOut }) {
  return (
    <CardSection id="summary" title="Summary">
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <DetailRow label="Repeats">{schedule.description}</DetailRow>
        <DetailRow label="Next due">{nextDue(schedule)}</DetailRow>
        {schedule.assetId ? (
          <DetailRow label="Asset">
            <Link href={`/assets/${schedule.assetId}`} className="text-primary hover:underline">
              <AssetName assetId={schedule.assetId} />
            </Link>
          </DetailRow>
        ) : null}
        <DetailRow label="Reminder">{schedule.leadDays > 0 ? `${schedule.leadDays} day(s) ahead` : "On the day"}</DetailRow>
        {schedule.estimatedMinutes !== null ? <DetailRow label="Takes about">{schedule.estimatedMinutes} min</DetailRow> : null}
        {schedule.instructions ? (
          <DetailRow label="Instructions" className="sm:col-span-2">
            <span className="whitespace-pre-wrap">{schedule.instructions}</span>
          </DetailRow>
        ) : null}
      </dl>
    </CardSection>
  );
}
