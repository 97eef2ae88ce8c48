"use client";

import { useState, type FormEvent } from "react";
import type { TMeterOut } from "@/lib/meters/schemas";
import type { FieldErrors } from "@/lib/client/form-errors";
import { formatDateTime } from "@/lib/client/format";
import { useCreateMeter, useMeters, useRecordReading } from "@/lib/client/hooks/meters";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { Checkbox, Input, Select } from "@/components/ui/input";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { meterUnitLabel } from "./meter-unit";

/** The asset's usage meters, each with its last reading and a way to record the next. */
export function MetersSection({ assetId, canAddMeter, canRecord }: { assetId: string; canAddMeter: boolean; canRecord: boolean }) {
  const meters = useMeters(assetId);
  const [recording, setRecording] = useState<TMeterOut | null>(null);
  const [adding, setAdding] = useState(false);

  return (
    <section aria-labelledby="meters-heading" className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id="meters-heading" className="text-sm font-semibold">
          Meters
        </h3>
        {canAddMeter ? (
          <Button variant="ghost" size="sm" onClick={() => setAdding(true)}>
            <PlusIcon className="size-4" />
            Add meter
          </Button>
        ) : null}
      </div>
      {meters.isPending ? (
        <Skeleton className="h-12 rounded-xl" />
      ) : meters.isError ? (
        <QueryErrorAlert title="Meters could not be loaded" query={meters} />
      ) : meters.data.length === 0 ? (
        <p className="text-sm text-muted">No meters. Add one to plan upkeep by hours, kilometres or cycles.</p>
      ) : (
        <ul aria-label="Meters" className="flex flex-col gap-2">
          {meters.data.map((meter) => (
            <li key={meter.id} className="flex flex-wrap items-center gap-3 rounded-xl border border-border px-3 py-2">
              <div className="flex min-w-0 flex-1 flex-col">
                <span className="font-medium">{meter.name}</span>
                <span className="text-sm text-muted">
                  {meter.latestValue === null
                    ? "No reading yet"
                    : `${meter.latestValue} ${meterUnitLabel(meter)}${meter.latestReadAt ? ` on ${formatDateTime(meter.latestReadAt)}` : ""}`}
                </span>
              </div>
              {canRecord ? (
                <Button variant="outline" size="sm" onClick={() => setRecording(meter)} aria-label={`Record reading for ${meter.name}`}>
                  Record reading
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {recording ? <RecordReadingDialog meter={recording} onClose={() => setRecording(null)} /> : null}
      {adding ? <AddMeterDialog assetId={assetId} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}

function RecordReadingDialog({ meter, onClose }: { meter: TMeterOut; onClose: () => void }) {
  const record = useRecordReading(meter.id);
  const { toast } = useToast();
  const [value, setValue] = useState("");
  const [isReset, setIsReset] = useState(false);
  const {
    formRef,
    fieldErrors: errors,
    formError,
    pending,
    submit: send,
    validate,
  } = useFormSubmit({ fields: ["value", "isReset", "readAt"] });

  function submit(event: FormEvent) {
    event.preventDefault();
    const number = Number(value.trim().replace(",", "."));
    if (value.trim() === "" || !Number.isFinite(number) || number < 0) {
      validate({ value: "Enter the number the meter shows, like 1250.5" });
      return;
    }
    void send(async () => {
      const result = await record.mutateAsync({ value: number, isReset });
      const due = result.triggeredTaskIds.length;
      toast(due > 0 ? `Reading saved. ${due === 1 ? "1 task is" : `${due} tasks are`} now due.` : "Reading saved");
      onClose();
    });
  }

  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title={`Record reading: ${meter.name}`}
      description={meter.latestValue !== null ? `Last reading: ${meter.latestValue} ${meterUnitLabel(meter)}` : undefined}
    >
      <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4" data-dialog-body>
        <Field label={`Reading (${meterUnitLabel(meter)})`} error={errors.value ?? errors.readAt}>
          <Input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" />
        </Field>
        <Checkbox
          label="This is a reset/replacement"
          description="The meter was replaced or zeroed, so a lower number is expected."
          checked={isReset}
          onChange={(e) => setIsReset(e.target.checked)}
        />
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end" data-dialog-footer>
          <Button variant="outline" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Save reading
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function AddMeterDialog({ assetId, onClose }: { assetId: string; onClose: () => void }) {
  const create = useCreateMeter(assetId);
  const { toast } = useToast();
  const [name, setName] = useState("");
  const [unit, setUnit] = useState<TMeterOut["unit"]>("HOURS");
  const [customUnit, setCustomUnit] = useState("");
  const {
    formRef,
    fieldErrors: errors,
    formError,
    pending,
    submit: send,
    validate,
  } = useFormSubmit({ fields: ["name", "unit", "customUnit"] });

  function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!name.trim()) local.name = "Name the meter, like “Engine hours”";
    if (unit === "CUSTOM" && !customUnit.trim()) local.customUnit = "Name the unit";
    if (!validate(local)) return;
    void send(async () => {
      const meter = await create.mutateAsync({ name: name.trim(), unit, customUnit: unit === "CUSTOM" ? customUnit.trim() : null });
      toast(`Added meter “${meter.name}”`);
      onClose();
    });
  }

  return (
    <Dialog open onClose={() => !pending && onClose()} title="Add meter">
      <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4" data-dialog-body>
        <Field label="Meter name" error={errors.name}>
          <Input value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Unit" error={errors.unit}>
          <Select value={unit} onChange={(e) => setUnit(e.target.value as TMeterOut["unit"])}>
            <option value="HOURS">Hours</option>
            <option value="KM">Kilometres</option>
            <option value="MILES">Miles</option>
            <option value="CYCLES">Cycles</option>
            <option value="CUSTOM">Other…</option>
          </Select>
        </Field>
        {unit === "CUSTOM" ? (
          <Field label="Unit name" error={errors.customUnit}>
            <Input value={customUnit} onChange={(e) => setCustomUnit(e.target.value)} />
          </Field>
        ) : null}
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end" data-dialog-footer>
          <Button variant="outline" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Add meter
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
