"use client";

import { useState } from "react";
import { errorMessage } from "@/lib/client/api";
import { useBlackouts, useCreateBlackout, useDeleteBlackout } from "@/lib/client/hooks/tasks";
import type { TBlackoutOut } from "@/lib/households/blackouts-schemas";
import { useCan } from "@/components/app-shell/membership";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";

type Kind = TBlackoutOut["kind"];

const KIND_LABELS: Record<Kind, string> = { BLACKOUT: "Blackout", HOLIDAY: "Holiday" };

function range(b: Pick<TBlackoutOut, "startsOn" | "endsOn">): string {
  return b.startsOn === b.endsOn ? b.startsOn : `${b.startsOn} – ${b.endsOn}`;
}

/** Household-wide days schedules avoid: blackouts move every schedule, holidays only business-days-only ones. */
export function BlackoutsSection() {
  const blackouts = useBlackouts();
  const create = useCreateBlackout();
  const remove = useDeleteBlackout();
  const canEdit = useCan("household:update");
  const { toast } = useToast();
  const [kind, setKind] = useState<Kind>("BLACKOUT");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [label, setLabel] = useState("");
  const { formRef, fieldErrors, formError, pending, submit } = useFormSubmit({ fields: ["kind", "startsOn", "endsOn", "label"] });

  return (
    <CardSection
      id="blackouts"
      title="Blackouts and holidays"
      description="Schedules plan new tasks around these: a blackout moves every schedule's next date past it, a holiday only those on business days. Tasks already planned keep their date."
    >
      {blackouts.isPending ? (
        <Skeleton className="h-12" />
      ) : blackouts.isError ? (
        <ErrorAlert>{errorMessage(blackouts.error)}</ErrorAlert>
      ) : blackouts.data.length === 0 ? (
        <p className="text-sm text-muted">No blackouts or holidays yet.</p>
      ) : (
        <ul className="-my-1 divide-y divide-border" aria-label="Blackouts and holidays">
          {blackouts.data.map((b) => (
            <li key={b.id} className="flex items-center gap-3 py-2.5">
              <Badge tone={b.kind === "HOLIDAY" ? "info" : "warning"}>{KIND_LABELS[b.kind]}</Badge>
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{b.label || KIND_LABELS[b.kind]}</span>
                <span className="text-xs text-muted">{range(b)}</span>
              </span>
              {canEdit ? (
                <Button
                  variant="danger-ghost"
                  size="sm"
                  loading={remove.isPending && remove.variables === b.id}
                  onClick={() => remove.mutate(b.id, { onError: (error) => toast(errorMessage(error), "error") })}
                >
                  Remove<span className="sr-only"> {b.label || range(b)}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form
          ref={formRef}
          className="mt-4 grid gap-3 border-t border-border pt-4 sm:grid-cols-2"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(async () => {
              await create.mutateAsync({ kind, startsOn, endsOn: endsOn || startsOn, label });
              setStartsOn("");
              setEndsOn("");
              setLabel("");
            });
          }}
        >
          <Field label="Kind" error={fieldErrors.kind}>
            <Select value={kind} onChange={(e) => setKind(e.target.value === "HOLIDAY" ? "HOLIDAY" : "BLACKOUT")}>
              <option value="BLACKOUT">Blackout (all schedules)</option>
              <option value="HOLIDAY">Holiday (business-day schedules)</option>
            </Select>
          </Field>
          <Field label="Label" error={fieldErrors.label}>
            <Input
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              maxLength={200}
              placeholder="e.g. Summer trip"
              autoComplete="off"
            />
          </Field>
          <Field label="From" error={fieldErrors.startsOn} required>
            <Input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
          </Field>
          <Field label="Until (inclusive)" hint="Leave empty for a single day" error={fieldErrors.endsOn}>
            <Input type="date" value={endsOn} min={startsOn || undefined} onChange={(e) => setEndsOn(e.target.value)} />
          </Field>
          <div className="sm:col-span-2">
            <Button type="submit" variant="outline" loading={pending}>
              Add {KIND_LABELS[kind].toLowerCase()}
            </Button>
          </div>
          {formError ? <ErrorAlert className="sm:col-span-2">{formError}</ErrorAlert> : null}
        </form>
      ) : null}
    </CardSection>
  );
}
