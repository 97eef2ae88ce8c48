"use client";

import { useEffect, useMemo, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/client/api";
import { splitSubmitError, type FieldErrors } from "@/lib/client/form-errors";
import { formatCalendarDate, todayIn } from "@/lib/client/format";
import { useHouseholdSettings, useUpdateHouseholdSettings } from "@/lib/client/hooks/households";
import { hemisphereForZone, WEEKDAYS, type THemisphere, type TWeekday } from "@/lib/households/browser-locale";
import type { THouseholdSettingsOut } from "@/lib/households/settings-schemas";
import { useCan } from "@/components/app-shell/membership";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/spinner";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";

const FIELDS = ["name", "timeZone", "hemisphere", "currency", "weekStartsOn"] as const;
const HEMISPHERE_LABELS: Record<THemisphere, string> = { NORTH: "Northern", SOUTH: "Southern" };

/** What a zone change does, as lib/households/settings.ts and the task code do it. */
const ZONE_EFFECT =
  "Open tasks keep their due dates (a due date is a calendar day, not a moment). What counts as today, due soon and overdue, warranty days left and the latest day a task can be completed on follow the new zone from the moment you save.";

/** Every zone this browser knows, with UTC (Intl does not always list it) and the saved one. */
function zoneList(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort();
}

function currencyList(current: string): { code: string; label: string }[] {
  const codes = new Set(Intl.supportedValuesOf("currency"));
  codes.add(current);
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(undefined, { type: "currency" });
  } catch {
    // Names are a nicety: codes alone still work.
  }
  return [...codes].sort().map((code) => {
    const name = names?.of(code);
    return { code, label: name && name !== code ? `${code} — ${name}` : code };
  });
}

/** "Monday" for MONDAY, in the reader's language (2023-01-01 was a Sunday). */
function weekdayName(day: TWeekday): string {
  return new Intl.DateTimeFormat(undefined, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2023, 0, 1 + WEEKDAYS.indexOf(day)));
}

function timeIn(timeZone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat(undefined, {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "shortOffset",
    }).format(now);
  } catch {
    return "";
  }
}

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();

/** The clock, ticking once a minute on the minute while the section is on screen. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let interval: ReturnType<typeof setInterval> | undefined;
    const timeout = setTimeout(
      () => {
        setNow(new Date());
        interval = setInterval(() => setNow(new Date()), 60_000);
      },
      60_000 - (Date.now() % 60_000),
    );
    return () => {
      clearTimeout(timeout);
      if (interval) clearInterval(interval);
    };
  }, []);
  return now;
}

/** Settings → Household: name, time zone, hemisphere, currency and first day of the week. Owners and admins edit; others read. */
export function HouseholdSection() {
  const settings = useHouseholdSettings();
  const canEdit = useCan("household:update");
  return (
    <CardSection
      id="household"
      title="Household"
      description={
        canEdit
          ? "Name, time zone and local conventions of the active household, for everyone in it."
          : "Name, time zone and local conventions of the active household. Only owners and admins can change them."
      }
    >
      {settings.isPending ? (
        <div className="flex flex-col gap-3" aria-hidden>
          <Skeleton className="h-10" />
          <Skeleton className="h-10" />
          <Skeleton className="h-10" />
        </div>
      ) : settings.isError ? (
        <ErrorAlert>{errorMessage(settings.error)}</ErrorAlert>
      ) : canEdit ? (
        <HouseholdForm key={settings.data.id} saved={settings.data} />
      ) : (
        <HouseholdValues saved={settings.data} />
      )}
    </CardSection>
  );
}

function HouseholdValues({ saved }: { saved: THouseholdSettingsOut }) {
  const now = useNow();
  const rows: [string, string][] = [
    ["Name", saved.name],
    ["Time zone", saved.timeZone],
    ["Local time", timeIn(saved.timeZone, now)],
    ["Hemisphere", HEMISPHERE_LABELS[saved.hemisphere]],
    ["Currency", currencyList(saved.currency).find((c) => c.code === saved.currency)?.label ?? saved.currency],
    ["First day of the week", weekdayName(saved.weekStartsOn)],
  ];
  return (
    <>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-xs font-medium tracking-wide text-muted uppercase">{label}</dt>
            <dd className="mt-0.5 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-muted">{ZONE_EFFECT}</p>
    </>
  );
}

function HouseholdForm({ saved }: { saved: THouseholdSettingsOut }) {
  const update = useUpdateHouseholdSettings();
  const now = useNow();
  const { formRef, focusFirstError } = useFocusFirstError();
  const [name, setName] = useState(saved.name);
  const [timeZone, setTimeZone] = useState(saved.timeZone);
  const [zoneFilter, setZoneFilter] = useState("");
  const [hemisphere, setHemisphere] = useState<THemisphere>(saved.hemisphere);
  const [currency, setCurrency] = useState(saved.currency);
  const [weekStartsOn, setWeekStartsOn] = useState<TWeekday>(saved.weekStartsOn);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const zones = useMemo(() => zoneList(saved.timeZone), [saved.timeZone]);
  const currencies = useMemo(() => currencyList(saved.currency), [saved.currency]);
  const matches = useMemo(() => {
    const query = normalize(zoneFilter);
    return query ? zones.filter((z) => normalize(z).includes(query)) : zones;
  }, [zones, zoneFilter]);
  // The chosen zone stays selectable, so filtering never changes the value behind the user's back.
  const shownZones = matches.includes(timeZone) ? matches : [timeZone, ...matches];

  const zoneChanged = timeZone !== saved.timeZone;
  const savedToday = todayIn(saved.timeZone, now);
  const newToday = todayIn(timeZone, now);
  const suggestedHemisphere = hemisphereForZone(timeZone);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    setFormError(null);
    if (!name.trim()) {
      setErrors({ name: "Give the household a name" });
      focusFirstError();
      return;
    }
    setErrors({});
    try {
      const result = await update.mutateAsync({ name: name.trim(), timeZone, hemisphere, currency, weekStartsOn });
      setName(result.name);
      setZoneFilter("");
      setDone("Household settings saved.");
    } catch (error) {
      const split = splitSubmitError(error, FIELDS);
      setErrors(split.fields);
      setFormError(split.form);
      focusFirstError();
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Household settings">
      {formError ? <ErrorAlert title="The settings were not saved">{formError}</ErrorAlert> : null}
      <Field label="Name" error={errors.name} required>
        <Input
          name="name"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setDone(null);
          }}
          maxLength={100}
          autoComplete="off"
        />
      </Field>

      <fieldset className="flex min-w-0 flex-col gap-3 rounded-xl border border-border p-3">
        <legend className="px-1 text-sm font-medium">Time zone</legend>
        <Field label="Search time zones" hint={zoneFilter ? `${matches.length} matching` : `${zones.length} zones`}>
          <Input
            type="search"
            value={zoneFilter}
            onChange={(e) => setZoneFilter(e.target.value)}
            placeholder="e.g. Auckland, New York"
            autoComplete="off"
          />
        </Field>
        <Field
          label="Time zone"
          error={errors.timeZone}
          hint={
            <>
              <span className="block">
                Now there: <time dateTime={now.toISOString()}>{timeIn(timeZone, now)}</time>
              </span>
              <span className="mt-1 block">{ZONE_EFFECT}</span>
            </>
          }
        >
          <Select
            name="timeZone"
            value={timeZone}
            onChange={(e) => {
              setTimeZone(e.target.value);
              setDone(null);
            }}
          >
            {shownZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </Select>
        </Field>
        {zoneChanged && savedToday !== newToday ? (
          <p className="rounded-lg bg-warning-soft p-2 text-sm" role="note">
            It is {formatCalendarDate(newToday)} in {timeZone} but {formatCalendarDate(savedToday)} in {saved.timeZone}. After saving, today
            is {formatCalendarDate(newToday)}:{" "}
            {newToday > savedToday
              ? `open tasks due ${formatCalendarDate(savedToday)} become overdue.`
              : `open tasks due ${formatCalendarDate(newToday)} are no longer overdue.`}
          </p>
        ) : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Hemisphere"
          error={errors.hemisphere}
          hint={
            hemisphere !== suggestedHemisphere && zoneChanged
              ? `${timeZone} looks ${HEMISPHERE_LABELS[suggestedHemisphere].toLowerCase()}. New seasonal schedules use this hemisphere; existing ones keep theirs.`
              : "New seasonal schedules use this hemisphere; existing ones keep theirs."
          }
        >
          <Select
            name="hemisphere"
            value={hemisphere}
            onChange={(e) => {
              setHemisphere(e.target.value === "SOUTH" ? "SOUTH" : "NORTH");
              setDone(null);
            }}
          >
            <option value="NORTH">Northern</option>
            <option value="SOUTH">Southern</option>
          </Select>
        </Field>
        <Field
          label="Currency"
          error={errors.currency}
          hint="For asset prices entered without one. Prices already saved keep their currency."
        >
          <Select
            name="currency"
            value={currency}
            onChange={(e) => {
              setCurrency(e.target.value);
              setDone(null);
            }}
          >
            {currencies.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="First day of the week" error={errors.weekStartsOn} hint="The first column of the task calendar.">
          <Select
            name="weekStartsOn"
            value={weekStartsOn}
            onChange={(e) => {
              setWeekStartsOn(WEEKDAYS.find((d) => d === e.target.value) ?? "MONDAY");
              setDone(null);
            }}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day)}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={update.isPending}>
          Save household
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-success">
          {done}
        </p>
      </div>
    </form>
  );
}
