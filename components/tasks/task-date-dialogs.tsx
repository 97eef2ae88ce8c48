"use client";

import { useState } from "react";
import type { TTaskOut } from "@/lib/tasks/schemas";
import { errorMessage } from "@/lib/client/api";
import { formatCalendarDate } from "@/lib/client/format";
import { useRescheduleTask, useSkipTask } from "@/lib/client/hooks/tasks";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";

/** The dialogs that change when a task happens: skip it, or move this one occurrence. */

export function SkipDialog({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const skip = useSkipTask(taskId);
  const { toast } = useToast();
  const [note, setNote] = useState("");
  return (
    <Dialog
      open
      onClose={() => !skip.isPending && onClose()}
      title="Skip this task?"
      description="It is closed without being done; a scheduled task makes way for the next one."
      footer={
        <>
          <Button variant="outline" onClick={onClose} disabled={skip.isPending}>
            Cancel
          </Button>
          <Button
            loading={skip.isPending}
            onClick={() =>
              skip.mutate(note.trim() || undefined, {
                onSuccess: (r) => {
                  toast(r.nextTask?.dueOn ? `Skipped. Next task due ${formatCalendarDate(r.nextTask.dueOn)}` : "Skipped");
                  onClose();
                },
                onError: (e) => toast(errorMessage(e), "error"),
              })
            }
          >
            Skip task
          </Button>
        </>
      }
    >
      <Field label="Reason (optional)">
        <Textarea value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </Dialog>
  );
}

/** Moves one occurrence; once moved, it can go back to the date the schedule planned. */
export function RescheduleDialog({
  task,
  onClose,
}: {
  task: Pick<TTaskOut, "id" | "dueOn" | "plannedOn" | "rescheduledOn">;
  onClose: () => void;
}) {
  const reschedule = useRescheduleTask(task.id);
  const { toast } = useToast();
  const [date, setDate] = useState(task.dueOn ?? "");
  const [error, setError] = useState<string | null>(null);
  const busy = reschedule.isPending;

  function move(next: string | null) {
    setError(null);
    reschedule.mutate(next, {
      onSuccess: () => {
        toast(
          next
            ? `Moved to ${formatCalendarDate(next)}`
            : task.plannedOn
              ? `Back to ${formatCalendarDate(task.plannedOn)}`
              : "The new date is cleared",
        );
        onClose();
      },
      onError: (e) => setError(errorMessage(e)),
    });
  }

  return (
    <Dialog
      open
      onClose={() => !busy && onClose()}
      title="Reschedule this task"
      description="Moves only this occurrence; the schedule keeps its rhythm."
      footer={
        <>
          <Button variant="outline" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            loading={busy && reschedule.variables !== null}
            disabled={busy}
            onClick={() => (date ? move(date) : setError("Pick a date"))}
          >
            Move
          </Button>
        </>
      }
    >
      <Field label="New date" error={error ?? undefined}>
        <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      {task.rescheduledOn ? (
        <div className="flex flex-col items-start gap-2 rounded-xl border border-border bg-surface-2 p-3 text-sm">
          <p>
            Already moved to {formatCalendarDate(task.rescheduledOn)}
            {task.plannedOn ? `; the schedule planned it for ${formatCalendarDate(task.plannedOn)}.` : "."}
          </p>
          <Button variant="outline" size="sm" loading={busy && reschedule.variables === null} disabled={busy} onClick={() => move(null)}>
            {task.plannedOn ? `Back to the planned date (${formatCalendarDate(task.plannedOn)})` : "Clear the new date"}
          </Button>
        </div>
      ) : null}
      {reschedule.isError && !error ? <ErrorAlert>{errorMessage(reschedule.error)}</ErrorAlert> : null}
    </Dialog>
  );
}
