"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import type { TCreateSchedule, TPreviewSchedule, TScheduleOut } from "@/lib/schedules/schemas";
import type { TChecklistItemInput } from "./requirements-fields";
import { errorMessage } from "@/lib/client/api";
import type { FieldErrors } from "@/lib/client/form-errors";
import { formatCalendarDate } from "@/lib/client/format";
import { useAsset } from "@/lib/client/hooks/assets";
import { useHouseholdSettings } from "@/lib/client/hooks/households";
import { useMeters } from "@/lib/client/hooks/meters";
import { useSaveSchedule, useScheduleList, useSchedulePreview } from "@/lib/client/hooks/schedules";
import { useDebouncedValue } from "@/components/assets/use-debounced-value";
import { useHouseholdToday } from "@/components/assets/warranty-badges";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Checkbox, Input, Select, Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { AssigneePicker } from "@/components/tasks/assignee-picker";
import { BlackoutFields, blackoutErrors, blackoutRow, blackoutsOf, type BlackoutRow } from "./blackout-fields";
import { RequirementsFields } from "./requirements-fields";
import { RuleFields } from "./rule-fields";
import { buildRule, defaultRuleState, ruleErrors, ruleStateFrom, type RuleState } from "./rule-state";

const KNOWN_FIELDS = [
  "title",
  "instructions",
  "rule",
  "leadDays",
  "defaultAssigneeIds",
  "requirements",
  "assetId",
  "estimatedMinutes",
  "priority",
  "blackouts",
  "businessDaysOnly",
] as const;
const PRIORITIES: { value: TScheduleOut["priority"]; label: string }[] = [
  { value: "LOW", label: "Low" },
  { value: "NORMAL", label: "Normal" },
  { value: "HIGH", label: "High" },
  { value: "URGENT", label: "Urgent" },
];

interface Props {
  /** Editing an existing schedule; absent when creating. */
  schedule?: TScheduleOut;
  assetId: string | null;
}

export function ScheduleForm({ schedule, assetId: initialAssetId }: Props) {
  const today = useHouseholdToday();
  const router = useRouter();
  const { toast } = useToast();
  const assetId = schedule ? schedule.assetId : initialAssetId;
  const asset = useAsset(assetId);
  const meters = useMeters(assetId);
  const others = useScheduleList();
  const householdHemisphere = useHouseholdSettings().data?.hemisphere;
  const save = useSaveSchedule(schedule?.id ?? null);
  const { formRef, fieldErrors: errors, formError, pending, submit: send, validate } = useFormSubmit({ fields: KNOWN_FIELDS });

  const [title, setTitle] = useState(schedule?.title ?? "");
  const [instructions, setInstructions] = useState(schedule?.instructions ?? "");
  const [rule, setRule] = useState<RuleState>(() => (schedule ? ruleStateFrom(schedule.rule, today) : defaultRuleState(today)));
  const [businessDaysOnly, setBusinessDaysOnly] = useState(schedule?.businessDaysOnly ?? false);
  const [estimatedMinutes, setEstimatedMinutes] = useState(schedule?.estimatedMinutes != null ? String(schedule.estimatedMinutes) : "");
  const [priority, setPriority] = useState<TScheduleOut["priority"]>(schedule?.priority ?? "NORMAL");
  const [blackoutRows, setBlackoutRows] = useState<BlackoutRow[]>(() => (schedule?.blackouts ?? []).map((b) => blackoutRow(b)));
  const [leadDays, setLeadDays] = useState(String(schedule?.leadDays ?? 3));
  const [assigneeIds, setAssigneeIds] = useState<string[]>(schedule?.defaultAssigneeIds ?? []);
  const [assignmentMode, setAssignmentMode] = useState(schedule?.assignmentMode ?? "ANY");
  const [rotation, setRotation] = useState(schedule?.rotation ?? "NONE");
  const [checklist, setChecklist] = useState<TChecklistItemInput[]>(schedule?.requirements.checklist ?? []);
  const [photoCount, setPhotoCount] = useState(String(schedule?.requirements.photoCount ?? 0));
  const [readingMeterId, setReadingMeterId] = useState(schedule?.requirements.meterId ?? "");
  const [noteRequired, setNoteRequired] = useState(schedule?.requirements.noteRequired ?? false);
  const [showRuleErrors, setShowRuleErrors] = useState(false);

  const meterList = useMemo(() => meters.data ?? [], [meters.data]);
  const builtRule = useMemo(() => buildRule(rule, meterList), [rule, meterList]);
  // Only complete ranges reach the preview, so a half-filled row does not blank the dates.
  const previewBlackouts = useMemo(
    () => blackoutsOf(blackoutRows.filter((r) => Object.keys(blackoutErrors([r])).length === 0)),
    [blackoutRows],
  );
  const previewInput = useMemo<TPreviewSchedule | null>(
    () => (builtRule ? { rule: builtRule, businessDaysOnly, blackouts: previewBlackouts, count: 5 } : null),
    [builtRule, businessDaysOnly, previewBlackouts],
  );
  // Typing "12" must not ask for "1" first: the preview waits for a pause.
  const debouncedInput = useDebouncedValue(previewInput, 400);
  const preview = useSchedulePreview(debouncedInput);
  // Dates of the previous rule stay on screen, dimmed, until the new ones arrive.
  const stale = debouncedInput !== previewInput || preview.isPlaceholderData || preview.isFetching;
  const localRuleErrors = showRuleErrors ? ruleErrors(rule) : {};
  // The season start has its own inputs; any other rule error shows under the rule.
  const seasonStartServerError = Object.entries(errors).find(([path]) => path.startsWith("rule.") && path.includes("seasonStarts"))?.[1];
  const ruleServerError = Object.entries(errors).find(([path]) => path.startsWith("rule") && !path.includes("seasonStarts"))?.[1];
  const ruleFieldErrors =
    seasonStartServerError && !localRuleErrors.seasonStartDay
      ? { ...localRuleErrors, seasonStartDay: seasonStartServerError }
      : localRuleErrors;

  function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!title.trim()) local.title = "Give the schedule a title";
    const lead = Number(leadDays);
    if (!/^\d+$/.test(leadDays) || lead > 365) local.leadDays = "0 to 365 days";
    const minutesText = estimatedMinutes.trim();
    const minutes = minutesText ? Number(minutesText) : null;
    if (minutes !== null && (!/^\d+$/.test(minutesText) || minutes < 1 || minutes > 100_000))
      local.estimatedMinutes = "A whole number of minutes, 1 to 100000";
    Object.assign(local, blackoutErrors(blackoutRows));
    const photos = Number(photoCount);
    if (!/^\d+$/.test(photoCount) || photos > 20) local["requirements.photoCount"] = "0 to 20 photos";
    checklist.forEach((item, i) => {
      if (!item.label.trim()) local[`requirements.checklist.${i}.label`] = "Describe the step or remove it";
    });
    setShowRuleErrors(true);
    // An incomplete rule shows its own errors inside the rule editor.
    if (!validate(local) || !builtRule) return;
    const input: TCreateSchedule = {
      title: title.trim(),
      assetId,
      instructions,
      rule: builtRule,
      businessDaysOnly,
      blackouts: blackoutsOf(blackoutRows),
      estimatedMinutes: minutes,
      priority,
      leadDays: lead,
      defaultAssigneeIds: assigneeIds,
      assignmentMode,
      rotation,
      requirements: {
        checklist: checklist.map((c) => ({ ...c, label: c.label.trim() })),
        photoCount: photos,
        meterId: readingMeterId || null,
        noteRequired,
      },
    };
    const { assetId: _unchangeable, ...update } = input;
    void send(async () => {
      const result = await save.mutateAsync(schedule ? update : input);
      if (schedule) toast(`Saved. ${result.tasksChanged === 1 ? "1 future task changed" : `${result.tasksChanged} future tasks changed`}.`);
      else toast(`Created “${result.schedule.title}”`);
      router.push(assetId ? `/assets/${assetId}` : "/schedules");
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-5 lg:grid-cols-3">
      <div className="flex min-w-0 flex-col gap-5 lg:col-span-2">
        <CardSection id="what" title="What">
          <div className="flex flex-col gap-4">
            {assetId ? (
              <p className="text-sm">
                For{" "}
                <Link href={`/assets/${assetId}`} className="font-medium text-primary hover:underline">
                  {asset.data?.name ?? "this asset"}
                </Link>
              </p>
            ) : (
              <p className="text-sm text-muted">A household chore, not tied to an asset.</p>
            )}
            <Field label="Title" required error={errors.title}>
              <Input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Replace the air filter" />
            </Field>
            <Field label="Instructions" error={errors.instructions} hint="Shown on every task of this schedule.">
              <Textarea value={instructions} onChange={(e) => setInstructions(e.target.value)} />
            </Field>
          </div>
        </CardSection>

        <CardSection id="when" title="When">
          <div className="flex flex-col gap-4">
            <RuleFields
              state={rule}
              onChange={(patch) => setRule((prev) => ({ ...prev, ...patch }))}
              errors={ruleFieldErrors}
              meters={meterList}
              assetId={assetId}
              schedules={(others.data ?? []).filter((s) => s.id !== schedule?.id)}
              householdHemisphere={householdHemisphere}
            />
            {ruleServerError ? <p className="text-sm font-medium text-danger">{ruleServerError}</p> : null}
            <Checkbox
              label="Business days only"
              description="A date on a weekend or holiday moves to the next working day."
              checked={businessDaysOnly}
              onChange={(e) => setBusinessDaysOnly(e.target.checked)}
            />
            {errors.businessDaysOnly ? <p className="text-sm font-medium text-danger">{errors.businessDaysOnly}</p> : null}
            <BlackoutFields rows={blackoutRows} onChange={setBlackoutRows} errors={errors} />
            <div className="grid gap-4 sm:grid-cols-3">
              <Field label="Lead days" hint="How many days before the due date the task shows as due soon." error={errors.leadDays}>
                <Input inputMode="numeric" value={leadDays} onChange={(e) => setLeadDays(e.target.value)} />
              </Field>
              <Field label="Estimated duration (minutes)" hint="Optional." error={errors.estimatedMinutes}>
                <Input inputMode="numeric" value={estimatedMinutes} onChange={(e) => setEstimatedMinutes(e.target.value)} />
              </Field>
              <Field label="Priority" error={errors.priority}>
                <Select value={priority} onChange={(e) => setPriority(e.target.value as TScheduleOut["priority"])}>
                  {PRIORITIES.map((p) => (
                    <option key={p.value} value={p.value}>
                      {p.label}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </div>
        </CardSection>

        <CardSection id="who" title="Who">
          <div className="flex flex-col gap-4">
            <AssigneePicker value={assigneeIds} onChange={setAssigneeIds} error={errors.defaultAssigneeIds} />
            {assigneeIds.length > 1 ? (
              <div className="grid gap-4 sm:grid-cols-2">
                <Field label="Who completes it">
                  <Select value={assignmentMode} onChange={(e) => setAssignmentMode(e.target.value as typeof assignmentMode)}>
                    <option value="ANY">Any one of them</option>
                    <option value="EACH">Each of them</option>
                  </Select>
                </Field>
                <Field label="Take turns">
                  <Select value={rotation} onChange={(e) => setRotation(e.target.value as typeof rotation)}>
                    <option value="NONE">No, all of them every time</option>
                    <option value="ROUND_ROBIN">Yes, in turn</option>
                    <option value="LEAST_COMPLETED">Yes, whoever did it least</option>
                  </Select>
                </Field>
              </div>
            ) : null}
          </div>
        </CardSection>

        <RequirementsFields
          checklist={checklist}
          onChecklist={setChecklist}
          photoCount={photoCount}
          onPhotoCount={setPhotoCount}
          meterId={readingMeterId}
          onMeterId={setReadingMeterId}
          noteRequired={noteRequired}
          onNoteRequired={setNoteRequired}
          meters={meterList}
          errors={errors}
        />

        {formError ? <ErrorAlert title="The schedule could not be saved">{formError}</ErrorAlert> : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={pending}>
            {schedule ? "Save changes" : "Create schedule"}
          </Button>
          <ButtonLink href={assetId ? `/assets/${assetId}` : "/schedules"} variant="outline">
            Cancel
          </ButtonLink>
        </div>
      </div>

      <div className="min-w-0">
        <CardSection id="preview" title="Next due dates" className="lg:sticky lg:top-4">
          <div
            aria-live="polite"
            aria-busy={stale || undefined}
            className={cn("flex flex-col gap-3 text-sm transition-opacity", stale && preview.data && "opacity-50")}
          >
            {!previewInput ? (
              <p className="text-muted">Complete the rule to see its dates.</p>
            ) : preview.isError ? (
              <p className="text-danger">{errorMessage(preview.error)}</p>
            ) : !preview.data ? (
              <Spinner className="size-5" label="Calculating dates" />
            ) : (
              <>
                <p className="font-medium" data-testid="rule-description">
                  {preview.data.description}
                </p>
                {preview.data.dates.length === 0 ? (
                  <p className="text-muted">No calendar dates: it becomes due when the meter reaches the interval.</p>
                ) : (
                  <ol aria-label="Next due dates" className="flex flex-col gap-1.5">
                    {preview.data.dates.map((d) => (
                      <li key={`${d.dueOn}-${d.trigger}`} className="flex flex-wrap items-center gap-2">
                        <span>{formatCalendarDate(d.dueOn)}</span>
                        {d.estimated ? <Badge>estimated</Badge> : null}
                        {d.trigger === "USAGE" ? <Badge tone="info">usage</Badge> : null}
                        {d.adjustedFor.length > 0 ? <span className="text-xs text-muted">moved for {d.adjustedFor.join(", ")}</span> : null}
                      </li>
                    ))}
                  </ol>
                )}
              </>
            )}
          </div>
        </CardSection>
      </div>
    </form>
  );
}
