"use client";

import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import type { TCompleteTaskOut, TTaskOut } from "@/lib/tasks/schemas";
import type { TAttachment } from "@/lib/client/types";
import { errorMessage } from "@/lib/client/api";
import { fieldError, type FieldErrors } from "@/lib/client/form-errors";
import { formatCalendarDate } from "@/lib/client/format";
import { uploadAttachment } from "@/lib/client/hooks/attachments";
import { useMeters } from "@/lib/client/hooks/meters";
import { useCompleteTask, useUpdateChecklist } from "@/lib/client/hooks/tasks";
import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { CameraIcon, CheckIcon, XIcon } from "@/components/ui/icons";
import { Checkbox, Input, Textarea } from "@/components/ui/input";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { meterUnitLabel } from "@/components/schedules/meter-unit";

const KNOWN_FIELDS = ["checklist", "photoAttachmentIds", "meterReading", "note", "completedOn"] as const;

/**
 * The guided completion: one numbered step per requirement of the task, in the order
 * a person does them, then one submit. The server re-checks everything and answers
 * 422 with a path per unmet requirement, shown beside its step.
 */
export function CompleteTaskForm({ task, onDone }: { task: TTaskOut; onDone: (result: TCompleteTaskOut) => void }) {
  const req = task.requirements;
  const complete = useCompleteTask(task.id);
  const saveChecklist = useUpdateChecklist(task.id);
  const meters = useMeters(req.meterId ? task.assetId : null);
  const meter = meters.data?.find((m) => m.id === req.meterId);
  const client = useQueryClient();
  const {
    formRef,
    fieldErrors: errors,
    setFieldErrors: setErrors,
    formError,
    pending,
    submit: send,
    validate,
  } = useFormSubmit({
    fields: KNOWN_FIELDS,
  });
  const fileInputId = useId();

  const [ticked, setTicked] = useState<string[]>(task.checklistState);
  const [photos, setPhotos] = useState<TAttachment[]>([]);
  const [uploading, setUploading] = useState<{ name: string; progress: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [reading, setReading] = useState("");
  const [note, setNote] = useState("");

  function toggle(id: string, on: boolean) {
    const next = on ? [...ticked, id] : ticked.filter((t) => t !== id);
    setTicked(next);
    setErrors(({ [`checklist.${id}`]: _removed, ...rest }) => rest);
    // Saved as the person goes, so a half-done checklist survives leaving the page.
    saveChecklist.mutate(next);
  }

  async function addPhotos(files: FileList | null) {
    if (!files || !task.assetId) return;
    setUploadError(null);
    for (const file of Array.from(files)) {
      setUploading({ name: file.name, progress: 0 });
      try {
        const result = await uploadAttachment(task.assetId, file, "PHOTO", (progress) => setUploading({ name: file.name, progress }));
        setPhotos((prev) => [...prev, ...result.items]);
      } catch (error) {
        setUploadError(`${file.name}: ${errorMessage(error)}`);
      }
    }
    setUploading(null);
    setErrors(({ photoAttachmentIds: _removed, ...rest }) => rest);
    void client.invalidateQueries({ queryKey: queryKeys.attachments(task.assetId) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    const value = reading.trim() === "" ? undefined : Number(reading.replace(",", "."));
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) local.meterReading = "Enter a number, like 1250.5";
    if (!validate(local)) return;
    void send(async () => {
      onDone(
        await complete.mutateAsync({
          checklist: ticked,
          photoAttachmentIds: photos.map((p) => p.id),
          meterReading: value,
          note: note.trim() || undefined,
        }),
      );
    });
  }

  const photoError = fieldError(errors, "photoAttachmentIds");
  let step = 0;

  return (
    <CardSection id="complete" title="Complete this task" description="Work through the steps below, then mark the task as done.">
      <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-6">
        {req.checklist.length > 0 ? (
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-2 text-sm font-semibold">{++step}. Checklist</legend>
            {req.checklist.map((item) => {
              const error = errors[`checklist.${item.id}`];
              return (
                <div key={item.id}>
                  <Checkbox
                    label={item.label}
                    description={item.required ? "Required" : "Optional"}
                    checked={ticked.includes(item.id)}
                    onChange={(e) => toggle(item.id, e.target.checked)}
                    aria-invalid={error ? true : undefined}
                  />
                  {error ? <p className="ml-7 text-sm font-medium text-danger">{error}</p> : null}
                </div>
              );
            })}
          </fieldset>
        ) : null}

        {req.photoCount > 0 ? (
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-2 text-sm font-semibold">
              {++step}. Photos ({photos.length} of {req.photoCount})
            </legend>
            {task.assetId ? (
              <>
                <label
                  htmlFor={fileInputId}
                  className="inline-flex h-11 w-fit cursor-pointer items-center gap-2 rounded-lg border border-input bg-surface px-4 text-sm font-medium hover:bg-surface-2 has-focus-visible:outline-2 has-focus-visible:outline-ring"
                >
                  <CameraIcon className="size-4" />
                  Take or choose photos
                </label>
                <input
                  id={fileInputId}
                  type="file"
                  accept="image/*"
                  capture="environment"
                  multiple
                  className="sr-only"
                  aria-invalid={photoError ? true : undefined}
                  onChange={(e) => {
                    void addPhotos(e.target.files);
                    e.target.value = "";
                  }}
                />
              </>
            ) : (
              <p className="text-sm text-muted">This task has no asset to keep photos on.</p>
            )}
            {uploading ? (
              <p role="status" className="text-sm text-muted">
                Uploading {uploading.name}… {Math.round(uploading.progress * 100)}%
              </p>
            ) : null}
            {photos.length > 0 ? (
              <ul aria-label="Completion photos" className="flex flex-wrap gap-2">
                {photos.map((photo) => (
                  <li
                    key={photo.id}
                    className="flex items-center gap-1 rounded-full border border-border bg-surface-2 py-1 pr-1 pl-3 text-sm"
                  >
                    <span className="max-w-48 truncate">{photo.fileName}</span>
                    <button
                      type="button"
                      aria-label={`Remove ${photo.fileName}`}
                      onClick={() => setPhotos((prev) => prev.filter((p) => p.id !== photo.id))}
                      className="rounded-full p-1 text-muted hover:bg-border hover:text-fg focus-visible:outline-2 focus-visible:outline-ring"
                    >
                      <XIcon className="size-3.5" />
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            {uploadError ? <p className="text-sm font-medium text-danger">{uploadError}</p> : null}
            {photoError ? <p className="text-sm font-medium text-danger">{photoError}</p> : null}
          </fieldset>
        ) : null}

        {req.meterId ? (
          <Field
            label={`${++step}. Meter reading${meter ? ` (${meter.name}, ${meterUnitLabel(meter)})` : ""}`}
            hint={meter?.latestValue !== null && meter?.latestValue !== undefined ? `Last reading: ${meter.latestValue}` : undefined}
            error={errors.meterReading}
            required
          >
            <Input inputMode="decimal" value={reading} onChange={(e) => setReading(e.target.value)} autoComplete="off" />
          </Field>
        ) : null}

        <Field
          label={`${++step}. Note`}
          required={req.noteRequired}
          hint={req.noteRequired ? "Required for this task" : "What was done, parts used, anything odd"}
          error={errors.note}
        >
          <Textarea value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>

        {formError ? <ErrorAlert title="The task could not be completed">{formError}</ErrorAlert> : null}

        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={pending} disabled={uploading !== null}>
            {pending ? null : <CheckIcon className="size-4" />}
            Mark as done
          </Button>
        </div>
      </form>
    </CardSection>
  );
}

/** After completion: what happens next, so the person sees the schedule carries on. */
export function CompletedNotice({ result }: { result: TCompleteTaskOut }) {
  const next = result.nextTask;
  return (
    <div role="status" className="rounded-2xl border border-success/30 bg-success-soft p-4 text-sm sm:p-5">
      <p className="font-semibold text-success">
        {result.completed ? "Task completed." : "Your part is done; others still need to complete it."}
      </p>
      {next ? (
        <p className="mt-1">
          Next task:{" "}
          <Link href={`/tasks/${next.id}`} className="font-medium text-primary hover:underline">
            {next.dueOn
              ? `due ${formatCalendarDate(next.dueOn)}`
              : next.trigger === "USAGE"
                ? "when the meter reaches its next interval"
                : "not planned yet"}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
