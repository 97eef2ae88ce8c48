"use client";

import type { TMeterOut } from "@/lib/meters/schemas";
import type { FieldErrors } from "@/lib/client/form-errors";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";
import { Checkbox, Input, Select } from "@/components/ui/input";
import { meterUnitLabel } from "./meter-unit";

export interface TChecklistItemInput {
  id: string;
  label: string;
  required: boolean;
}

interface Props {
  checklist: TChecklistItemInput[];
  onChecklist: (next: TChecklistItemInput[]) => void;
  photoCount: string;
  onPhotoCount: (value: string) => void;
  meterId: string;
  onMeterId: (value: string) => void;
  noteRequired: boolean;
  onNoteRequired: (value: boolean) => void;
  meters: readonly TMeterOut[];
  errors: FieldErrors;
}

/** crypto.randomUUID needs a secure context, which a self-hosted server on plain HTTP is not. */
function newItemId(): string {
  return `step-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What completing a task of this schedule asks for. */
export function RequirementsFields(p: Props) {
  function patch(index: number, change: Partial<TChecklistItemInput>) {
    p.onChecklist(p.checklist.map((item, i) => (i === index ? { ...item, ...change } : item)));
  }
  return (
    <CardSection id="requirements" title="To complete a task" description="What the person who does it must provide.">
      <div className="flex flex-col gap-5">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Checklist</legend>
          {p.checklist.length === 0 ? <p className="text-sm text-muted">No checklist.</p> : null}
          {p.checklist.map((item, i) => (
            <div key={item.id} className="flex flex-wrap items-end gap-2">
              <Field label={`Step ${i + 1}`} error={p.errors[`requirements.checklist.${i}.label`]} className="min-w-48 flex-1">
                <Input value={item.label} onChange={(e) => patch(i, { label: e.target.value })} />
              </Field>
              <Checkbox
                label="Required"
                checked={item.required}
                onChange={(e) => patch(i, { required: e.target.checked })}
                className="h-11 items-center"
              />
              <Button
                variant="ghost"
                size="icon"
                aria-label={`Remove step ${i + 1}`}
                onClick={() => p.onChecklist(p.checklist.filter((_, j) => j !== i))}
              >
                <TrashIcon className="size-4" />
              </Button>
            </div>
          ))}
          <Button
            variant="outline"
            size="sm"
            className="w-fit"
            onClick={() => p.onChecklist([...p.checklist, { id: newItemId(), label: "", required: true }])}
          >
            <PlusIcon className="size-4" />
            Add step
          </Button>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Photos required" error={p.errors["requirements.photoCount"]}>
            <Input inputMode="numeric" value={p.photoCount} onChange={(e) => p.onPhotoCount(e.target.value)} />
          </Field>
          <Field
            label="Meter reading"
            error={p.errors["requirements.meterId"]}
            hint={p.meters.length === 0 ? "The asset has no meters." : undefined}
          >
            <Select value={p.meterId} onChange={(e) => p.onMeterId(e.target.value)} disabled={p.meters.length === 0}>
              <option value="">Not required</option>
              {p.meters.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({meterUnitLabel(m)})
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Checkbox label="A note is required" checked={p.noteRequired} onChange={(e) => p.onNoteRequired(e.target.checked)} />
      </div>
    </CardSection>
  );
}
