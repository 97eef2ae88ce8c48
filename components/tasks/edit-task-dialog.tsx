"use client";

import { useId, useState, type FormEvent } from "react";
import type { TTaskOut } from "@/lib/tasks/schemas";
import { useMeters } from "@/lib/client/hooks/meters";
import { useUpdateTask } from "@/lib/client/hooks/tasks";
import { ErrorAlert } from "@/components/ui/alert";
import { Dialog, FormDialogFooter } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { TaskAssigneeFields, TaskBasicsFields, TaskRequirementsFields } from "./task-form";
import { isOccurrence, taskFormErrors, taskFormValuesFrom, updateTaskBody, type TaskFormValues } from "./task-form-values";

const KNOWN_FIELDS = ["title", "notes", "plannedOn", "priority", "assigneeIds", "assignmentMode", "requirements"] as const;

/**
 * Changes an open task: what, who, how it is completed. A schedule's occurrence keeps its
 * date here (Reschedule moves it); changing the schedule itself changes future occurrences.
 */
export function EditTaskDialog({ task, onClose }: { task: TTaskOut; onClose: () => void }) {
  const update = useUpdateTask(task.id);
  const meters = useMeters(task.assetId);
  const { toast } = useToast();
  const formId = useId();
  const { formRef, fieldErrors: errors, formError, pending, submit: send, validate } = useFormSubmit({ fields: KNOWN_FIELDS });
  const [values, setValues] = useState<TaskFormValues>(() => taskFormValuesFrom(task));
  const change = (patch: Partial<TaskFormValues>) => setValues((prev) => ({ ...prev, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!validate(taskFormErrors(values))) return;
    const body = updateTaskBody(task, values);
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    void send(async () => {
      await update.mutateAsync(body);
      toast("Task saved");
      onClose();
    });
  }

  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title="Edit task"
      description={isOccurrence(task) ? "To move this occurrence to another day, use Reschedule." : undefined}
      footer={<FormDialogFooter formId={formId} submitLabel="Save changes" pending={pending} onCancel={onClose} />}
    >
      <form id={formId} ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TaskBasicsFields values={values} onChange={change} errors={errors} showDate={!isOccurrence(task)} />
        <TaskAssigneeFields values={values} onChange={change} errors={errors} showMode />
        <TaskRequirementsFields values={values} onChange={change} errors={errors} meters={task.assetId ? (meters.data ?? []) : []} />
        {formError ? <ErrorAlert title="The task could not be saved">{formError}</ErrorAlert> : null}
      </form>
    </Dialog>
  );
}
