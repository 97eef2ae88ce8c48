"use client";

import { useState } from "react";
import type { TScheduleOut } from "@/lib/schedules/schemas";
import { errorMessage } from "@/lib/client/api";
import { useDeleteSchedule, useSetSchedulePaused } from "@/lib/client/hooks/schedules";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { TrashIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";

/** The paused state in words, so it never depends on colour alone. */
export function PausedBadge({ paused }: { paused: boolean }) {
  return paused ? <Badge tone="warning">Paused</Badge> : null;
}

interface Props {
  schedule: TScheduleOut;
  /** Where to go once the schedule is gone (the list stays put and just loses the row). */
  onDeleted?: () => void;
}

/** Pause / Resume and Delete (with confirmation) for one schedule. */
export function ScheduleControls({ schedule, onDeleted }: Props) {
  const { toast } = useToast();
  const setPaused = useSetSchedulePaused();
  const [confirming, setConfirming] = useState(false);

  function togglePaused() {
    const paused = !schedule.paused;
    setPaused.mutate(
      { id: schedule.id, paused },
      {
        onSuccess: () => toast(paused ? `Paused “${schedule.title}”` : `Resumed “${schedule.title}”`),
        onError: (error) => toast(errorMessage(error), "error"),
      },
    );
  }

  return (
    <>
      <Button
        variant="outline"
        size="sm"
        onClick={togglePaused}
        loading={setPaused.isPending}
        aria-label={`${schedule.paused ? "Resume" : "Pause"} ${schedule.title}`}
      >
        {schedule.paused ? "Resume" : "Pause"}
      </Button>
      <Button variant="outline" size="sm" onClick={() => setConfirming(true)} aria-label={`Delete ${schedule.title}`}>
        <TrashIcon className="size-4" />
        Delete
      </Button>
      {confirming ? <DeleteScheduleDialog schedule={schedule} onClose={() => setConfirming(false)} onDeleted={onDeleted} /> : null}
    </>
  );
}

function DeleteScheduleDialog({ schedule, onClose, onDeleted }: { schedule: TScheduleOut; onClose: () => void; onDeleted?: () => void }) {
  const { toast } = useToast();
  const remove = useDeleteSchedule();

  function confirm() {
    remove.mutate(schedule.id, {
      onSuccess: () => {
        toast(`Deleted “${schedule.title}”`);
        onClose();
        onDeleted?.();
      },
    });
  }

  return (
    <ConfirmDialog
      title={`Delete “${schedule.title}”?`}
      description="Its open task is removed; done and skipped tasks stay in the history. This cannot be undone."
      confirmLabel="Delete schedule"
      pending={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {/* A 409 names the schedules that wait for this one; the server's words say which. */}
      {remove.isError ? <ErrorAlert title="The schedule was not deleted">{errorMessage(remove.error)}</ErrorAlert> : null}
    </ConfirmDialog>
  );
}
