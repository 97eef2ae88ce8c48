"use client";

import { useId, useState, type FormEvent } from "react";
import type { TTaskOut } from "@/lib/tasks/schemas";
import { splitSubmitError, type FieldErrors } from "@/lib/client/form-errors";
import { useMeters } from "@/lib/client/hooks/meters";
import { useUpdateTask } from "@/lib/client/hooks/tasks";
import { ErrorAlert } from "@/components/ui/alert";
import { Dialog, FormDialogFooter } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
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
  const { formRef, focusFirstError } = useFocusFirstError();
  const [values, setValues] = useState<TaskFormValues>(() => taskFormValuesFrom(task));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const change = (patch: Partial<TaskFormValues>) => setValues((prev) => ({ ...prev, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const local = taskFormErrors(values);
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) {
      focusFirstError();
      return;
    }
    const body = updateTaskBody(task, values);
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    update.mutate(body, {
      onSuccess: () => {
        toast("Task saved");
        onClose();
      },
      onError: (error) => {
        const split = splitSubmitError(error, KNOWN_FIELDS);
        setErrors(split.fields);
        setFormError(split.form);
        focusFirstError();
      },
    });
  }

  return (
    <Dialog
      open
      onClose={() => !update.isPending && onClose()}
      title="Edit task"
      description={isOccurrence(task) ? "To move this occurrence to another day, use Reschedule." : undefined}
      footer={<FormDialogFooter formId={formId} submitLabel="Save changes" pending={update.isPending} onCancel={onClose} />}
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
