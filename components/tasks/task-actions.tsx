"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TTaskOut } from "@/lib/tasks/schemas";
import { errorMessage } from "@/lib/client/api";
import { useDeleteTask, useUpdateTask } from "@/lib/client/hooks/tasks";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { PencilIcon, TrashIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { EditTaskDialog } from "./edit-task-dialog";
import { isOccurrence } from "./task-form-values";
import { statusActions, type SettableStatus } from "./task-status-actions";

const DONE_TOASTS: Record<SettableStatus, string> = {
  OPEN: "Unblocked",
  IN_PROGRESS: "Started",
  BLOCKED: "Marked as blocked",
  CANCELLED: "Task cancelled",
};

/** Edit, status changes, cancel and delete for someone allowed to change tasks. */
export function TaskActions({ task, open }: { task: TTaskOut; open: boolean }) {
  const router = useRouter();
  const { toast } = useToast();
  const update = useUpdateTask(task.id);
  const remove = useDeleteTask(task.id);
  const [dialog, setDialog] = useState<"edit" | "cancel" | "delete" | null>(null);
  const adHoc = !isOccurrence(task);

  function setStatus(status: SettableStatus, after?: () => void) {
    update.mutate(
      { status },
      {
        onSuccess: () => {
          toast(DONE_TOASTS[status]);
          after?.();
        },
        onError: (error) => toast(errorMessage(error), "error"),
      },
    );
  }

  return (
    <>
      {open ? (
        <>
          <Button variant="outline" size="sm" onClick={() => setDialog("edit")}>
            <PencilIcon className="size-4" />
            Edit
          </Button>
          {statusActions(task.status).map((action) => (
            <Button
              key={action.status}
              variant="outline"
              size="sm"
              loading={update.isPending && update.variables?.status === action.status}
              disabled={update.isPending}
              onClick={() => setStatus(action.status)}
            >
              {action.label}
            </Button>
          ))}
          {adHoc ? (
            <Button variant="danger-outline" size="sm" onClick={() => setDialog("cancel")}>
              Cancel task
            </Button>
          ) : null}
        </>
      ) : null}
      {adHoc ? (
        <Button variant="danger-ghost" size="sm" onClick={() => setDialog("delete")}>
          <TrashIcon className="size-4" />
          Delete
        </Button>
      ) : null}

      {dialog === "edit" ? <EditTaskDialog task={task} onClose={() => setDialog(null)} /> : null}
      {dialog === "cancel" ? (
        <ConfirmDialog
          title="Cancel this task?"
          description="It is closed without being done and can no longer be changed."
          confirmLabel="Cancel task"
          pending={update.isPending}
          onConfirm={() => setStatus("CANCELLED", () => setDialog(null))}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === "delete" ? (
        <ConfirmDialog
          title={`Delete “${task.title}”?`}
          description="The task, its subtasks and its comments are removed for good."
          confirmLabel="Delete task"
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                toast(`Deleted “${task.title}”`);
                router.push("/tasks");
              },
              onError: (error) => toast(errorMessage(error), "error"),
            })
          }
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}
