"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { fieldError, type FieldErrors } from "@/lib/client/form-errors";
import { useAssetDirectory } from "@/lib/client/hooks/asset-directory";
import { useMeters } from "@/lib/client/hooks/meters";
import { useCreateTask } from "@/lib/client/hooks/tasks";
import { RequirementsFields } from "@/components/schedules/requirements-fields";
import type { TMeterOut } from "@/lib/meters/schemas";
import { ErrorAlert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { AssigneePicker } from "./assignee-picker";
import { assetPath } from "./task-groups";
import { PRIORITY_OPTIONS, createTaskBody, emptyTaskFormValues, taskFormErrors, type TaskFormValues } from "./task-form-values";

const KNOWN_FIELDS = ["title", "notes", "assetId", "plannedOn", "priority", "assigneeIds", "assignmentMode", "requirements"] as const;

type Change = (patch: Partial<TaskFormValues>) => void;

/** A new ad-hoc task: one piece of upkeep without a schedule, optionally for an asset. */
export function TaskForm({ assetId }: { assetId: string | null }) {
  const router = useRouter();
  const { toast } = useToast();
  const create = useCreateTask();
  const { formRef, fieldErrors: errors, formError, pending, submit: send, validate } = useFormSubmit({ fields: KNOWN_FIELDS });
  const [values, setValues] = useState<TaskFormValues>(() => emptyTaskFormValues(assetId));
  const meters = useMeters(values.assetId);
  const change: Change = (patch) => setValues((prev) => ({ ...prev, ...patch }));
  const cancelHref = assetId ? `/assets/${assetId}` : "/tasks";

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!validate(taskFormErrors(values))) return;
    void send(async () => {
      const task = await create.mutateAsync(createTaskBody(values));
      toast(`Created “${task.title}”`);
      router.push(`/tasks/${task.id}`);
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex max-w-3xl flex-col gap-5">
      <CardSection id="what" title="What">
        <div className="flex flex-col gap-4">
          <TaskBasicsFields values={values} onChange={change} errors={errors} showDate />
          {/* A different asset has different meters: a required reading of the old one would not fit. */}
          <AssetPicker value={values.assetId} onChange={(next) => change({ assetId: next, meterId: "" })} error={errors.assetId} />
        </div>
      </CardSection>
      <CardSection id="who" title="Who">
        <TaskAssigneeFields values={values} onChange={change} errors={errors} showMode />
      </CardSection>
      <TaskRequirementsFields values={values} onChange={change} errors={errors} meters={values.assetId ? (meters.data ?? []) : []} />
      {formError ? <ErrorAlert title="The task could not be saved">{formError}</ErrorAlert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          Create task
        </Button>
        <ButtonLink href={cancelHref} variant="outline">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}

/** Title, notes, due date and priority: shared by the new-task page and the edit dialog. */
export function TaskBasicsFields({
  values,
  onChange,
  errors,
  showDate,
}: {
  values: TaskFormValues;
  onChange: Change;
  errors: FieldErrors;
  showDate: boolean;
}) {
  return (
    <>
      <Field label="Title" required error={errors.title}>
        <Input
          value={values.title}
          onChange={(e) => onChange({ title: e.target.value })}
          placeholder="Fix the dripping tap"
          maxLength={200}
        />
      </Field>
      <Field label="Notes" error={errors.notes}>
        <Textarea value={values.notes} onChange={(e) => onChange({ notes: e.target.value })} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {showDate ? (
          <Field label="Due date" hint="Optional." error={errors.plannedOn}>
            <Input type="date" value={values.plannedOn} onChange={(e) => onChange({ plannedOn: e.target.value })} />
          </Field>
        ) : null}
        <Field label="Priority" error={errors.priority}>
          <Select value={values.priority} onChange={(e) => onChange({ priority: e.target.value as TaskFormValues["priority"] })}>
            {PRIORITY_OPTIONS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </>
  );
}

/** Who does it and, with two or more people, whether one of them or each of them must. */
export function TaskAssigneeFields({
  values,
  onChange,
  errors,
  showMode,
}: {
  values: TaskFormValues;
  onChange: Change;
  errors: FieldErrors;
  showMode: boolean;
}) {
  const assigneeError = fieldError(errors, "assigneeIds");
  return (
    <div className="flex flex-col gap-4">
      <AssigneePicker
        value={values.assigneeIds}
        onChange={(assigneeIds) => onChange({ assigneeIds })}
        error={assigneeError}
        legend="Assignees (none: anyone in the household)"
      />
      {showMode && values.assigneeIds.length > 1 ? (
        <Field label="Who completes it" error={errors.assignmentMode} className="sm:w-72">
          <Select
            value={values.assignmentMode}
            onChange={(e) => onChange({ assignmentMode: e.target.value as TaskFormValues["assignmentMode"] })}
          >
            <option value="ANY">Any one of them</option>
            <option value="EACH">Each of them</option>
          </Select>
        </Field>
      ) : null}
    </div>
  );
}

/** Every visible asset, labelled by its parent path so components sit under their parent. */
function AssetPicker({ value, onChange, error }: { value: string | null; onChange: (assetId: string | null) => void; error?: string }) {
  const directory = useAssetDirectory();
  const options = useMemo(() => {
    const entries = directory.data ?? [];
    const byId = new Map(entries.map((e) => [e.id, e]));
    return entries
      .map((e) => ({ id: e.id, label: (assetPath(e.id, byId) ?? [e.name]).join(" › ") }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [directory.data]);
  const unlisted = value !== null && !options.some((o) => o.id === value);
  return (
    <Field
      label="Asset"
      hint="Optional: the thing this task is about."
      error={error ?? (directory.isError ? "Assets could not be loaded" : undefined)}
      className="sm:w-96"
    >
      <Select value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">No asset</option>
        {unlisted ? <option value={value}>{directory.isPending ? "Loading…" : "The chosen asset"}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** How the task is proven done (checklist, photos, reading, note): shared by the new-task page and the edit dialog. */
export function TaskRequirementsFields({
  values,
  onChange,
  errors,
  meters,
}: {
  values: TaskFormValues;
  onChange: Change;
  errors: FieldErrors;
  meters: TMeterOut[];
}) {
  return (
    <RequirementsFields
      checklist={values.checklist}
      onChecklist={(checklist) => onChange({ checklist })}
      photoCount={values.photoCount}
      onPhotoCount={(photoCount) => onChange({ photoCount })}
      meterId={values.meterId}
      onMeterId={(meterId) => onChange({ meterId })}
      noteRequired={values.noteRequired}
      onNoteRequired={(noteRequired) => onChange({ noteRequired })}
      meters={meters}
      errors={errors}
    />
  );
}
