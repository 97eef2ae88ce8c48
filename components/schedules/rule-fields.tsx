"use client";

import Link from "next/link";
import type { TMeterOut } from "@/lib/meters/schemas";
import type { TScheduleOut } from "@/lib/schedules/schemas";
import { Checkbox, Input, Select } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { meterUnitLabel } from "./meter-unit";
import type { DateKind, RuleKind, RuleState } from "./rule-state";

const KINDS: { value: RuleKind; label: string }[] = [
  { value: "INTERVAL", label: "Every N days, weeks, months or years" },
  { value: "MONTHLY", label: "On a day of the month" },
  { value: "SEASONAL", label: "Once a season" },
  { value: "USAGE", label: "By usage (meter)" },
  { value: "WHICHEVER_FIRST", label: "A date or usage, whichever comes first" },
  { value: "AFTER_SCHEDULE", label: "After another schedule is done" },
];
const DATE_KINDS: { value: DateKind; label: string }[] = [
  { value: "INTERVAL", label: "Every N days, weeks, months or years" },
  { value: "MONTHLY", label: "On a day of the month" },
  { value: "SEASONAL", label: "Once a season" },
];
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS: RuleState["weekday"][] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
const cap = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

interface Props {
  state: RuleState;
  onChange: (patch: Partial<RuleState>) => void;
  errors: Partial<Record<keyof RuleState, string>>;
  meters: readonly TMeterOut[];
  assetId: string | null;
  schedules: readonly TScheduleOut[];
  /** The household's hemisphere, which a seasonal rule without its own uses. */
  householdHemisphere?: "NORTH" | "SOUTH";
}

/** The fields of the chosen rule kind; WHICHEVER_FIRST shows a date part and a usage part. */
export function RuleFields({ state: s, onChange, errors, meters, assetId, schedules, householdHemisphere }: Props) {
  const dateKind: DateKind | null =
    s.kind === "WHICHEVER_FIRST" ? s.dateKind : s.kind === "INTERVAL" || s.kind === "MONTHLY" || s.kind === "SEASONAL" ? s.kind : null;
  const usage = s.kind === "USAGE" || s.kind === "WHICHEVER_FIRST";
  return (
    <div className="flex flex-col gap-4">
      <Field label="Repeats">
        <Select value={s.kind} onChange={(e) => onChange({ kind: e.target.value as RuleKind })}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </Select>
      </Field>

      {s.kind === "WHICHEVER_FIRST" ? (
        <Field label="Date part">
          <Select value={s.dateKind} onChange={(e) => onChange({ dateKind: e.target.value as DateKind })}>
            {DATE_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      {dateKind === "INTERVAL" ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Every" error={errors.every}>
            <Input inputMode="numeric" value={s.every} onChange={(e) => onChange({ every: e.target.value })} />
          </Field>
          <Field label="Unit">
            <Select value={s.unit} onChange={(e) => onChange({ unit: e.target.value as RuleState["unit"] })}>
              <option value="DAY">days</option>
              <option value="WEEK">weeks</option>
              <option value="MONTH">months</option>
              <option value="YEAR">years</option>
            </Select>
          </Field>
          <Field label="Starting" error={errors.startDate}>
            <Input type="date" value={s.startDate} onChange={(e) => onChange({ startDate: e.target.value })} />
          </Field>
          <fieldset className="sm:col-span-3">
            <legend className="mb-1 text-sm font-medium">Counting from</legend>
            <div className="flex flex-col gap-1 sm:flex-row sm:gap-6">
              <Radio
                name="anchor"
                checked={s.anchor === "FIXED"}
                onChange={() => onChange({ anchor: "FIXED" })}
                label="Fixed dates"
                description="Stays on the grid, even when done late."
              />
              <Radio
                name="anchor"
                checked={s.anchor === "ROLLING"}
                onChange={() => onChange({ anchor: "ROLLING" })}
                label="Last completion"
                description="The next one counts from when it was done."
              />
            </div>
          </fieldset>
        </div>
      ) : null}

      {dateKind === "MONTHLY" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Every how many months" error={errors.everyMonths}>
            <Input inputMode="numeric" value={s.everyMonths} onChange={(e) => onChange({ everyMonths: e.target.value })} />
          </Field>
          <Field label="Starting" error={errors.startDate}>
            <Input type="date" value={s.startDate} onChange={(e) => onChange({ startDate: e.target.value })} />
          </Field>
          <Field label="On">
            <Select value={s.position} onChange={(e) => onChange({ position: e.target.value as RuleState["position"] })}>
              <option value="DAY">A day of the month</option>
              <option value="LAST_DAY">The last day of the month</option>
              <option value="NTH_WEEKDAY">A weekday, like the second Saturday</option>
            </Select>
          </Field>
          {s.position === "DAY" ? (
            <Field label="Day of the month" hint="29–31 fall on the last day of shorter months." error={errors.day}>
              <Input inputMode="numeric" value={s.day} onChange={(e) => onChange({ day: e.target.value })} />
            </Field>
          ) : s.position === "NTH_WEEKDAY" ? (
            <div className="grid grid-cols-2 gap-2">
              <Field label="Which">
                <Select value={s.ordinal} onChange={(e) => onChange({ ordinal: e.target.value as RuleState["ordinal"] })}>
                  {(["FIRST", "SECOND", "THIRD", "FOURTH", "LAST"] as const).map((o) => (
                    <option key={o} value={o}>
                      {cap(o)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Weekday">
                <Select value={s.weekday} onChange={(e) => onChange({ weekday: e.target.value as RuleState["weekday"] })}>
                  {WEEKDAYS.map((w) => (
                    <option key={w} value={w}>
                      {cap(w)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          ) : null}
        </div>
      ) : null}

      {dateKind === "SEASONAL" ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Season">
            <Select value={s.season} onChange={(e) => onChange({ season: e.target.value as RuleState["season"] })}>
              <option value="SPRING">Spring</option>
              <option value="SUMMER">Summer</option>
              <option value="FALL">Fall</option>
              <option value="WINTER">Winter</option>
            </Select>
          </Field>
          <Field
            label="Hemisphere"
            hint={
              s.hemisphere === null
                ? "The household's (Settings → Household). Seasons are flipped south of the equator: spring starts in September."
                : "Seasons are flipped south of the equator: spring starts in September."
            }
          >
            <Select
              value={s.hemisphere ?? householdHemisphere ?? ""}
              onChange={(e) => onChange({ hemisphere: e.target.value === "SOUTH" ? "SOUTH" : e.target.value === "NORTH" ? "NORTH" : null })}
            >
              {s.hemisphere === null && !householdHemisphere ? <option value="">The household&rsquo;s</option> : null}
              <option value="NORTH">Northern</option>
              <option value="SOUTH">Southern</option>
            </Select>
          </Field>
          <Field label="Days into the season" error={errors.offsetDays}>
            <Input inputMode="numeric" value={s.offsetDays} onChange={(e) => onChange({ offsetDays: e.target.value })} />
          </Field>
          <Field label="Season starts in" hint="Leave on “Usual date” for the meteorological start.">
            <Select value={s.seasonStartMonth} onChange={(e) => onChange({ seasonStartMonth: e.target.value })}>
              <option value="">Usual date</option>
              {MONTHS.map((m, i) => (
                <option key={m} value={String(i + 1)}>
                  {m}
                </option>
              ))}
            </Select>
          </Field>
          {s.seasonStartMonth ? (
            <Field label="Season starts on day" error={errors.seasonStartDay}>
              <Input inputMode="numeric" value={s.seasonStartDay} onChange={(e) => onChange({ seasonStartDay: e.target.value })} />
            </Field>
          ) : null}
        </div>
      ) : null}

      {usage ? (
        meters.length === 0 ? (
          <p className="rounded-lg bg-surface-2 p-3 text-sm">
            {assetId ? (
              <>
                This asset has no meter yet.{" "}
                <Link href={`/assets/${assetId}#maintenance`} className="font-medium text-primary hover:underline">
                  Add a meter on the asset
                </Link>
                , then come back.
              </>
            ) : (
              "Usage needs an asset with a meter: add the schedule from the asset's page."
            )}
            {errors.meterId ? <span className="mt-1 block font-medium text-danger">{errors.meterId}</span> : null}
          </p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Meter" error={errors.meterId}>
              <Select value={s.meterId} onChange={(e) => onChange({ meterId: e.target.value })}>
                <option value="">Choose a meter</option>
                {meters.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({meterUnitLabel(m)})
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={`Every how many ${meterUnitLabel(meters.find((m) => m.id === s.meterId) ?? { unit: "CUSTOM", customUnit: null })}`}
              error={errors.usageEvery}
            >
              <Input inputMode="decimal" value={s.usageEvery} onChange={(e) => onChange({ usageEvery: e.target.value })} />
            </Field>
          </div>
        )
      ) : null}

      {s.kind === "AFTER_SCHEDULE" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="After" error={errors.afterScheduleId}>
            <Select value={s.afterScheduleId} onChange={(e) => onChange({ afterScheduleId: e.target.value })}>
              <option value="">Choose a schedule</option>
              {schedules.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Days later" error={errors.afterOffsetDays}>
            <Input inputMode="numeric" value={s.afterOffsetDays} onChange={(e) => onChange({ afterOffsetDays: e.target.value })} />
          </Field>
        </div>
      ) : null}

      <div className="flex flex-col gap-2">
        <Checkbox
          label="Only in some months"
          description="For example lawn care from April to October. Dates outside move into the window."
          checked={s.activeMonthsOn}
          onChange={(e) => onChange({ activeMonthsOn: e.target.checked })}
        />
        {s.activeMonthsOn ? (
          <div className="grid grid-cols-2 gap-4">
            <Field label="From month">
              <Select value={s.activeFrom} onChange={(e) => onChange({ activeFrom: e.target.value })}>
                {MONTHS.map((m, i) => (
                  <option key={m} value={String(i + 1)}>
                    {m}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="To month">
              <Select value={s.activeTo} onChange={(e) => onChange({ activeTo: e.target.value })}>
                {MONTHS.map((m, i) => (
                  <option key={m} value={String(i + 1)}>
                    {m}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function Radio({
  name,
  checked,
  onChange,
  label,
  description,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  description: string;
}) {
  return (
    <label className="flex cursor-pointer items-start gap-3 py-1.5 text-sm">
      <input
        type="radio"
        name={name}
        checked={checked}
        onChange={onChange}
        className="mt-0.5 size-4 accent-primary focus-visible:outline-2 focus-visible:outline-ring"
      />
      <span className="flex flex-col">
        <span className="font-medium">{label}</span>
        <span className="text-xs text-muted">{description}</span>
      </span>
    </label>
  );
}
