"use client";

import { useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/client/api";
import { fieldError } from "@/lib/client/form-errors";
import {
  useNotificationPreferences,
  useNotificationSettings,
  useQuietHours,
  useUpdateNotificationPreferences,
  useUpdateNotificationSettings,
  useUpdateQuietHours,
} from "@/lib/client/hooks/notifications";
import type { TNotificationPreferences, TNotificationSettings, TQuietHours } from "@/lib/notifications/schemas";
import type { NotificationChannel, NotificationType } from "@/lib/server/db/generated/enums";
import { AppriseChannelHint } from "@/components/apprise/apprise-channel-hint";
import { useCan } from "@/components/app-shell/membership";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { formatLeadDays, parseLeadDays } from "@/lib/client/lead-days";
import { CHANNEL_LABELS, NOTIFICATION_CHANNEL_ORDER, NOTIFICATION_TYPE_ORDER, TYPE_LABELS } from "./notification-labels";
import { PushOnThisDevice } from "./push-on-this-device";

/** The settings card: what reaches me and where, when push stays quiet, this device's push, and (managers) warranty lead days. */
export function NotificationSettingsSection() {
  const canUpdateHousehold = useCan("household:update");
  return (
    <CardSection id="notifications" title="Notifications" description="Choose what reaches you, and where. Changes save at once.">
      <div className="flex flex-col gap-6">
        <PreferenceMatrix />
        <div className="border-t border-border pt-5">
          <PushOnThisDevice />
        </div>
        <div className="border-t border-border pt-5">
          <QuietHoursForm />
        </div>
        {canUpdateHousehold ? (
          <div className="border-t border-border pt-5">
            <WarrantyLeadDaysForm />
          </div>
        ) : null}
      </div>
    </CardSection>
  );
}

function PreferenceMatrix() {
  const preferences = useNotificationPreferences();
  if (preferences.isPending) return <Skeleton className="h-48" />;
  if (preferences.isError) return <QueryErrorAlert title="Notification choices could not be loaded" query={preferences} />;
  return <PreferenceTable data={preferences.data} />;
}

function PreferenceTable({ data }: { data: TNotificationPreferences }) {
  const update = useUpdateNotificationPreferences();
  const { toast } = useToast();
  const enabled = new Map(data.preferences.map((p) => [`${p.type}/${p.channel}`, p.enabled]));
  // The server sends only the types the caller's role receives (e.g. webhook notices go to managers).
  const types = NOTIFICATION_TYPE_ORDER.filter((type) => data.preferences.some((p) => p.type === type));
  // Set in the change handler itself: the mutation's pending state arrives a render later,
  // and a controlled checkbox would snap back in between.
  const [pending, setPending] = useState<{ type: NotificationType; channel: NotificationChannel; enabled: boolean } | null>(null);

  function toggle(type: NotificationType, channel: NotificationChannel, next: boolean) {
    const name = `${CHANNEL_LABELS[channel]} for ${TYPE_LABELS[type]}`;
    setPending({ type, channel, enabled: next });
    update.mutate(
      { preferences: [{ type, channel, enabled: next }] },
      {
        onSuccess: () => toast(`${name} is ${next ? "on" : "off"}.`),
        onError: (error) => toast(errorMessage(error), "error"),
        onSettled: () => setPending(null),
      },
    );
  }

  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <table className="w-full text-sm">
        <caption className="mb-2 text-left text-sm font-medium">What you are told about, and where</caption>
        <thead>
          <tr className="border-b border-border text-xs text-muted">
            <th scope="col" className="py-2 pr-3 text-left font-medium">
              Notification
            </th>
            {NOTIFICATION_CHANNEL_ORDER.map((channel) => (
              <th key={channel} scope="col" className="px-2 py-2 text-center font-medium whitespace-nowrap">
                {CHANNEL_LABELS[channel]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {types.map((type) => (
            <tr key={type}>
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {TYPE_LABELS[type]}
              </th>
              {NOTIFICATION_CHANNEL_ORDER.map((channel) => {
                const saving = pending?.type === type && pending.channel === channel;
                const checked = saving ? pending.enabled : (enabled.get(`${type}/${channel}`) ?? false);
                return (
                  <td key={channel} className="px-2 py-2 text-center">
                    <input
                      type="checkbox"
                      aria-label={`${CHANNEL_LABELS[channel]} for ${TYPE_LABELS[type]}`}
                      checked={checked}
                      disabled={pending !== null}
                      aria-busy={saving || undefined}
                      onChange={(e) => toggle(type, channel, e.target.checked)}
                      className="size-4 rounded border-input accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-60"
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <AppriseChannelHint />
    </div>
  );
}

function QuietHoursForm() {
  const quiet = useQuietHours();
  if (quiet.isPending) return <Skeleton className="h-24" />;
  if (quiet.isError) return <QueryErrorAlert title="Quiet hours could not be loaded" query={quiet} />;
  // Keyed by the saved value so the inputs start from it again after a save elsewhere.
  return <QuietHoursFields key={`${quiet.data.start}-${quiet.data.end}`} saved={quiet.data} />;
}

function QuietHoursFields({ saved }: { saved: TQuietHours }) {
  const update = useUpdateQuietHours();
  const { toast } = useToast();
  const [start, setStart] = useState(saved.start ?? "");
  const [end, setEnd] = useState(saved.end ?? "");
  const { formRef, fieldErrors: errors, formError, pending, submit, validate } = useFormSubmit({ fields: ["start", "end"] });

  function save(next: { start: string | null; end: string | null }) {
    if ((next.start === null) !== (next.end === null)) {
      validate({ [next.start === null ? "start" : "end"]: "Set both start and end, or neither" });
      return;
    }
    void submit(async () => {
      const result = await update.mutateAsync({ ...next, timeZone: saved.timeZone });
      toast(result.start ? `Quiet from ${result.start} to ${result.end}.` : "Quiet hours are off.");
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save({ start: start || null, end: end || null });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div>
        <h3 className="text-sm font-semibold">Quiet hours</h3>
        <p className="text-sm text-muted">
          Push notifications wait until quiet hours end
          {saved.timeZone ? ` (times in ${saved.timeZone})` : " (times in the household's time zone)"}.
        </p>
      </div>
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Quiet from" error={errors.start}>
          <Input type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label="Quiet until" error={errors.end}>
          <Input type="time" value={end} onChange={(e) => setEnd(e.target.value)} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="outline" loading={pending}>
          Save quiet hours
        </Button>
        {saved.start ? (
          <Button
            variant="ghost"
            disabled={pending}
            onClick={() => {
              setStart("");
              setEnd("");
              save({ start: null, end: null });
            }}
          >
            Turn off quiet hours
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function WarrantyLeadDaysForm() {
  const settings = useNotificationSettings();
  if (settings.isPending) return <Skeleton className="h-20" />;
  if (settings.isError) return <QueryErrorAlert title="Household notification settings could not be loaded" query={settings} />;
  return <WarrantyLeadDaysFields key={formatLeadDays(settings.data.warrantyLeadDays)} saved={settings.data} />;
}

function WarrantyLeadDaysFields({ saved }: { saved: TNotificationSettings }) {
  const update = useUpdateNotificationSettings();
  const { toast } = useToast();
  const [text, setText] = useState(formatLeadDays(saved.warrantyLeadDays));
  const { formRef, fieldErrors, formError, pending, submit, validate } = useFormSubmit({ fields: ["warrantyLeadDays"] });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseLeadDays(text);
    if (!parsed.ok) {
      validate({ warrantyLeadDays: parsed.error });
      return;
    }
    void submit(async () => {
      const result = await update.mutateAsync({ warrantyLeadDays: parsed.days });
      toast(result.warrantyLeadDays.length ? "Warranty reminders saved." : "Warranty reminders are off for this household.");
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div>
        <h3 className="text-sm font-semibold">Warranty reminders for the household</h3>
        <p className="text-sm text-muted">Every member is reminded this many days before a warranty ends.</p>
      </div>
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
      <Field
        label="Days before a warranty ends"
        // "warrantyLeadDays.2" and "warrantyLeadDays" both belong to the one input.
        error={fieldError(fieldErrors, "warrantyLeadDays")}
        hint="Comma-separated, e.g. 30, 14, 7, 1. 0 is the day itself; leave empty for no reminders."
      >
        <Input value={text} onChange={(e) => setText(e.target.value)} inputMode="numeric" autoComplete="off" />
      </Field>
      <div>
        <Button type="submit" variant="outline" loading={pending}>
          Save reminders
        </Button>
      </div>
    </form>
  );
}
