"use client";

import { isCalendarDate } from "@/lib/core/calendar-date";
import type { TBlackout } from "@/lib/schedules/engine/types";
import type { FieldErrors } from "@/lib/client/form-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";

export interface BlackoutRow {
  key: string;
  from: string;
  to: string;
  label?: string;
}

let nextKey = 0;
/** Rows need stable keys; their dates are not unique while being typed. */
export function blackoutRow(blackout?: TBlackout): BlackoutRow {
  nextKey += 1;
  return {
    key: `blackout-${nextKey}`,
    from: blackout?.from ?? "",
    to: blackout?.to ?? "",
    ...(blackout?.label ? { label: blackout.label } : {}),
  };
}

export function blackoutsOf(rows: readonly BlackoutRow[]): TBlackout[] {
  return rows.map(({ from, to, label }) => ({ from, to, ...(label ? { label } : {}) }));
}

/** Local checks mirroring ZBlackout, keyed like the server's 422 paths. */
export function blackoutErrors(rows: readonly BlackoutRow[]): FieldErrors {
  const errors: FieldErrors = {};
  rows.forEach((row, i) => {
    if (!row.from) errors[`blackouts.${i}.from`] = "Pick the first day";
    if (!row.to) errors[`blackouts.${i}.to`] = "Pick the last day";
    // Yearly month-day ranges may wrap the year end ("12-24".."01-02"); only full dates must be in order.
    else if (isCalendarDate(row.from) && isCalendarDate(row.to) && row.from > row.to) errors[`blackouts.${i}.to`] = "Ends before it starts";
  });
  return errors;
}

// Yearly blackouts ("12-24") saved through the API have no date picker equivalent.
const inputType = (value: string) => (/^\d{2}-\d{2}$/.test(value) ? "text" : "date");

interface Props {
  rows: BlackoutRow[];
  onChange: (rows: BlackoutRow[]) => void;
  errors: FieldErrors;
}

/** Date ranges in which this schedule's tasks are never due; a date inside moves to the day after. */
export function BlackoutFields({ rows, onChange, errors }: Props) {
  function patch(index: number, change: Partial<BlackoutRow>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Blackout dates</legend>
      <p className="text-xs text-muted">A due date inside a range moves to the first day after it.</p>
      {rows.map((row, i) => (
        <div key={row.key} className="flex flex-col gap-1">
          <div className="flex flex-wrap items-end gap-2">
            <Field label={`Blackout ${i + 1} from`} error={errors[`blackouts.${i}.from`]} className="min-w-40 flex-1">
              <Input type={inputType(row.from)} value={row.from} onChange={(e) => patch(i, { from: e.target.value })} />
            </Field>
            <Field label={`Blackout ${i + 1} to`} error={errors[`blackouts.${i}.to`]} className="min-w-40 flex-1">
              <Input type={inputType(row.to)} value={row.to} onChange={(e) => patch(i, { to: e.target.value })} />
            </Field>
            <Button
              variant="ghost"
              size="icon"
              aria-label={`Remove blackout ${i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <TrashIcon className="size-4" />
            </Button>
          </div>
          {errors[`blackouts.${i}`] ? <p className="text-sm font-medium text-danger">{errors[`blackouts.${i}`]}</p> : null}
        </div>
      ))}
      {errors.blackouts ? <p className="text-sm font-medium text-danger">{errors.blackouts}</p> : null}
      <Button
        variant="outline"
        size="sm"
        className="w-fit"
        onClick={() => onChange([...rows, blackoutRow()])}
        disabled={rows.length >= 100}
      >
        <PlusIcon className="size-4" />
        Add blackout
      </Button>
    </fieldset>
  );
}
