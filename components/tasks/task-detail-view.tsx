"use client";

import Link from "next/link";
import { useState } from "react";
import type { TCompleteTaskOut, TTaskOut } from "@/lib/tasks/schemas";
import { formatCalendarDate } from "@/lib/client/format";
import { useMembers } from "@/lib/client/hooks/account";
import { useSchedule } from "@/lib/client/hooks/schedules";
import { useTask } from "@/lib/client/hooks/tasks";
import { useCan } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { useHouseholdToday } from "@/components/assets/warranty-badges";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { CompleteTaskForm, CompletedNotice } from "./complete-task-form";
import { SubtasksCard } from "./subtasks-card";
import { TaskComments } from "./task-comments";
import { RescheduleDialog, SkipDialog } from "./task-date-dialogs";
import { AssetName } from "./task-row";
import { TaskActions } from "./task-actions";
import { STATUS_LABELS, taskUrgency } from "./urgency";
import { DetailRow } from "@/components/ui/description-list";

const OPEN = new Set(["OPEN", "IN_PROGRESS", "BLOCKED"]);
const STATUS_TONES: Partial<Record<TTaskOut["status"], BadgeTone>> = { DONE: "success", IN_PROGRESS: "info", BLOCKED: "warning" };

export function TaskDetailView({ id }: { id: string }) {
  const query = useTask(id);
  const task = query.data;
  const schedule = useSchedule(task?.scheduleId ?? "");
  const members = useMembers();
  const today = useHouseholdToday();
  const canWrite = useCan("task:write");
  const [completed, setCompleted] = useState<TCompleteTaskOut | null>(null);
  const [dialog, setDialog] = useState<"skip" | "reschedule" | null>(null);

  if (query.isPending) {
    return (
      <LoadingBlock label="Loading task">
        <Skeleton className="mb-4 h-9 w-2/3" />
        <Skeleton className="h-40 rounded-2xl" />
      </LoadingBlock>
    );
  }
  if (query.isError) return <QueryErrorAlert title="This task could not be loaded" query={query} />;
  if (!task) return null;

  const leadDays = task.scheduleId ? (schedule.data?.leadDays ?? 0) : 0;
  const urgency = taskUrgency(task, today, leadDays);
  const open = OPEN.has(task.status);
  const req = task.requirements;
  const nameOf = (userId: string) => members.data?.find((m) => m.userId === userId)?.name ?? "A member";

  return (
    <>
      <PageHeader
        back={{ href: "/tasks", label: "Tasks" }}
        title={task.title}
        description={
          <span className="mt-1 flex flex-wrap items-center gap-1.5">
            <Badge tone={STATUS_TONES[task.status] ?? "neutral"}>{STATUS_LABELS[task.status]}</Badge>
            {open ? <Badge tone={urgency.tone}>{urgency.label}</Badge> : null}
            {task.priority !== "NORMAL" ? (
              <Badge tone={task.priority === "LOW" ? "neutral" : "danger"}>{task.priority.toLowerCase()} priority</Badge>
            ) : null}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <TaskActions task={task} open={open} />
              {open && task.scheduleId ? (
                <Button variant="outline" size="sm" onClick={() => setDialog("reschedule")}>
                  Reschedule
                </Button>
              ) : null}
              {open ? (
                <Button variant="outline" size="sm" onClick={() => setDialog("skip")}>
                  Skip
                </Button>
              ) : null}
            </>
          ) : null
        }
      />

      {completed ? <CompletedNotice result={completed} /> : null}

      <div className="mt-5 grid gap-5 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-5 lg:col-span-2">
          {open && canWrite ? <CompleteTaskForm key={task.id} task={task} onDone={setCompleted} /> : null}
          {task.notes || schedule.data?.instructions ? (
            <CardSection id="instructions" title="Instructions">
              <p className="text-sm whitespace-pre-wrap">{task.notes || schedule.data?.instructions}</p>
            </CardSection>
          ) : null}
          <SubtasksCard parentId={task.id} parentOpen={open} canEdit={canWrite} today={today} />
          <TaskComments taskId={task.id} />
          {task.completionNote || task.meterReadingValue !== null || task.completionPhotoIds.length > 0 ? (
            <CardSection id="completion" title="Completion">
              <dl className="flex flex-col gap-2 text-sm">
                {task.completedAt ? <DetailRow label="Completed">{formatCalendarDate(task.completedAt.slice(0, 10))}</DetailRow> : null}
                {task.meterReadingValue !== null ? <DetailRow label="Meter reading">{task.meterReadingValue}</DetailRow> : null}
                {task.completionPhotoIds.length > 0 ? <DetailRow label="Photos">{task.completionPhotoIds.length}</DetailRow> : null}
                {task.completionNote ? (
                  <DetailRow label="Note">
                    <span className="whitespace-pre-wrap">{task.completionNote}</span>
                  </DetailRow>
                ) : null}
              </dl>
            </CardSection>
          ) : null}
        </div>

        <div className="flex min-w-0 flex-col gap-5">
          <CardSection id="task-details" title="Details">
            <dl className="flex flex-col gap-3 text-sm">
              {task.assetId ? (
                <DetailRow label="Asset">
                  <Link href={`/assets/${task.assetId}`} className="text-primary hover:underline">
                    <AssetName assetId={task.assetId} />
                  </Link>
                </DetailRow>
              ) : null}
              <DetailRow label="Planned for">
                {task.plannedOn ? formatCalendarDate(task.plannedOn) : task.trigger === "USAGE" ? "When the meter says so" : "Not planned"}
              </DetailRow>
              {task.rescheduledOn ? <DetailRow label="Moved to">{formatCalendarDate(task.rescheduledOn)}</DetailRow> : null}
              <DetailRow label="Assigned to">
                {task.assignees.length === 0
                  ? "Anyone in the household"
                  : task.assignees.map((a) => `${nameOf(a.userId)}${a.completedAt ? " (done)" : ""}`).join(", ")}
                {task.assignees.length > 1 ? (
                  <span className="text-muted"> — {task.assignmentMode === "EACH" ? "each of them" : "any one of them"}</span>
                ) : null}
              </DetailRow>
              {schedule.data ? (
                <DetailRow label="Schedule">
                  <Link href={`/schedules/${schedule.data.id}`} className="text-primary hover:underline">
                    {schedule.data.description}
                  </Link>
                </DetailRow>
              ) : null}
            </dl>
          </CardSection>
          <CardSection id="requirements" title="Requirements">
            <ul className="flex flex-col gap-1.5 text-sm">
              {req.checklist.length > 0 ? <li>{req.checklist.filter((c) => c.required).length} required checklist item(s)</li> : null}
              {req.photoCount > 0 ? <li>{req.photoCount} photo(s)</li> : null}
              {req.meterId ? <li>A meter reading</li> : null}
              {req.noteRequired ? <li>A note</li> : null}
              {req.checklist.length === 0 && req.photoCount === 0 && !req.meterId && !req.noteRequired ? (
                <li className="text-muted">None: just mark it done.</li>
              ) : null}
            </ul>
          </CardSection>
        </div>
      </div>

      {dialog === "skip" ? <SkipDialog taskId={task.id} onClose={() => setDialog(null)} /> : null}
      {dialog === "reschedule" ? <RescheduleDialog task={task} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
