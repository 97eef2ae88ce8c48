"use client";

import { useId, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/client/api";
import { splitSubmitError } from "@/lib/client/form-errors";
import { useAssetDirectory } from "@/lib/client/hooks/asset-directory";
import {
  useCalendarFeeds,
  useCreateCalendarFeed,
  useDeleteCalendarFeed,
  useRotateCalendarFeed,
  useUpdateCalendarFeed,
} from "@/lib/client/hooks/calendar-feeds";
import type { TCalendarFeed, TCalendarFeedScope, TCalendarFeedWithUrl } from "@/lib/client/types";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { ConfirmDialog, Dialog, FormDialogFooter } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { CalendarIcon } from "@/components/ui/icons";
import { Input, Select } from "@/components/ui/input";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { CalendarHelp } from "./calendar-help";
import { DEFAULT_WINDOW_MONTHS, LEAD_TIME_CHOICES, SCOPE_LABELS, WINDOW_MONTH_CHOICES, leadTimeLabel } from "./feed-links";
import { FeedUrlNotice } from "./feed-url-notice";

const SCOPES = Object.keys(SCOPE_LABELS) as TCalendarFeedScope[];
const FEED_FIELDS = ["name", "scope", "assetId", "alarmMinutesBefore", "windowMonths"] as const;

/** "" (no reminder) or minutes, as the select holds it. */
const parseLeadTime = (value: FormDataEntryValue | null): number | null => (value === null || value === "" ? null : Number(value));

export function CalendarFeedsSection() {
  const feeds = useCalendarFeeds();
  const [shown, setShown] = useState<{ feed: TCalendarFeedWithUrl; rotated: boolean } | null>(null);
  const [editing, setEditing] = useState<TCalendarFeed | null>(null);
  const [rotating, setRotating] = useState<TCalendarFeed | null>(null);
  const [revoking, setRevoking] = useState<TCalendarFeed | null>(null);

  return (
    <CardSection
      id="calendar"
      title="Calendar"
      description="Due dates and warranty ends in Apple Calendar, Google Calendar, Outlook and other apps: subscribe once, they stay up to date."
    >
      <CreateFeedForm onCreated={(feed) => setShown({ feed, rotated: false })} />
      {shown ? <FeedUrlNotice feed={shown.feed} rotated={shown.rotated} onDone={() => setShown(null)} /> : null}

      <div className="mt-4 border-t border-border pt-3">
        {feeds.isPending ? (
          <div className="flex flex-col gap-2" aria-busy="true" aria-label="Loading calendar feeds">
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
          </div>
        ) : feeds.isError ? (
          <QueryErrorAlert title="Calendar feeds could not be loaded" query={feeds} />
        ) : feeds.data.length === 0 ? (
          <EmptyState
            icon={<CalendarIcon />}
            title="No calendar feeds yet"
            description="Make one above, then subscribe to it in your calendar app."
            className="py-6"
          />
        ) : (
          <ul aria-label="Your calendar feeds" className="-my-1 divide-y divide-border">
            {feeds.data.map((feed) => (
              <FeedRow
                key={feed.id}
                feed={feed}
                onEdit={() => setEditing(feed)}
                onRotate={() => setRotating(feed)}
                onRevoke={() => setRevoking(feed)}
              />
            ))}
          </ul>
        )}
      </div>
      <CalendarHelp />

      {editing ? <EditFeedDialog feed={editing} onClose={() => setEditing(null)} /> : null}
      {rotating ? (
        <RotateDialog
          feed={rotating}
          onClose={() => setRotating(null)}
          onRotated={(feed) => {
            setRotating(null);
            setShown({ feed, rotated: true });
          }}
        />
      ) : null}
      {revoking ? (
        <RevokeDialog
          feed={revoking}
          onClose={() => {
            if (shown?.feed.id === revoking.id) setShown(null);
            setRevoking(null);
          }}
        />
      ) : null}
    </CardSection>
  );
}

function FeedRow({
  feed,
  onEdit,
  onRotate,
  onRevoke,
}: {
  feed: TCalendarFeed;
  onEdit: () => void;
  onRotate: () => void;
  onRevoke: () => void;
}) {
  const scope = feed.scope === "ASSET" && feed.assetName ? `${SCOPE_LABELS.ASSET}: ${feed.assetName}` : SCOPE_LABELS[feed.scope];
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:gap-3">
      <CalendarIcon className="hidden size-4 shrink-0 text-muted sm:block" />
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="truncate font-medium">{feed.name}</span>
        <span className="text-xs break-words text-muted">
          {scope} · {leadTimeLabel(feed.alarmMinutesBefore)} · {feed.windowMonths} months ahead
        </span>
        <span className="text-xs text-muted">
          Address <code className="font-mono">{feed.tokenHint}</code> · created <LocalDateTime iso={feed.createdAt} />
          {feed.lastFetchedAt ? (
            <>
              {" "}
              · last read by a calendar <LocalDateTime iso={feed.lastFetchedAt} />
            </>
          ) : (
            " · not read by a calendar yet"
          )}
        </span>
      </span>
      <span className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" onClick={onEdit}>
          Edit<span className="sr-only"> {feed.name}</span>
        </Button>
        <Button variant="outline" size="sm" onClick={onRotate}>
          New address<span className="sr-only"> for {feed.name}</span>
        </Button>
        <Button variant="danger-outline" size="sm" onClick={onRevoke}>
          Revoke<span className="sr-only"> {feed.name}</span>
        </Button>
      </span>
    </li>
  );
}

function LeadTimeSelect({ name, defaultValue }: { name: string; defaultValue: number | null }) {
  const choices =
    defaultValue === null || LEAD_TIME_CHOICES.includes(defaultValue) ? LEAD_TIME_CHOICES : [...LEAD_TIME_CHOICES, defaultValue];
  return (
    <Select name={name} defaultValue={defaultValue === null ? "" : String(defaultValue)}>
      <option value="">{leadTimeLabel(null)}</option>
      {[...choices]
        .sort((a, b) => a - b)
        .map((minutes) => (
          <option key={minutes} value={minutes}>
            {leadTimeLabel(minutes)}
          </option>
        ))}
    </Select>
  );
}

function WindowSelect({ name, defaultValue }: { name: string; defaultValue: number }) {
  const choices = WINDOW_MONTH_CHOICES.includes(defaultValue) ? WINDOW_MONTH_CHOICES : [...WINDOW_MONTH_CHOICES, defaultValue];
  return (
    <Select name={name} defaultValue={String(defaultValue)}>
      {[...choices]
        .sort((a, b) => a - b)
        .map((months) => (
          <option key={months} value={months}>
            {months} months
          </option>
        ))}
    </Select>
  );
}

/** The asset picker, mounted only when the scope is one asset, so the directory loads only then. */
function AssetSelect({ error }: { error?: string }) {
  const assets = useAssetDirectory();
  return (
    <Field label="Asset" error={error ?? (assets.isError ? errorMessage(assets.error) : undefined)} required>
      <Select name="assetId" defaultValue="" disabled={assets.isPending}>
        <option value="" disabled>
          {assets.isPending ? "Loading assets…" : "Choose an asset"}
        </option>
        {(assets.data ?? []).map((asset) => (
          <option key={asset.id} value={asset.id}>
            {asset.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function CreateFeedForm({ onCreated }: { onCreated: (feed: TCalendarFeedWithUrl) => void }) {
  const create = useCreateCalendarFeed();
  const [scope, setScope] = useState<TCalendarFeedScope>("MY_TASKS");
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = splitSubmitError(create.error, FEED_FIELDS);
  const fieldError = (name: (typeof FEED_FIELDS)[number]) => localErrors[name] ?? (create.isError ? errors.fields[name] : undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get("name") ?? "").trim();
    const assetId = String(form.get("assetId") ?? "");
    const next: Record<string, string> = {};
    if (!name) next.name = "Give the feed a name";
    if (scope === "ASSET" && !assetId) next.assetId = "Choose the asset";
    setLocalErrors(next);
    if (Object.keys(next).length > 0) {
      formElement.querySelector<HTMLElement>(next.name ? "[name=name]" : "[name=assetId]")?.focus();
      return;
    }
    create.mutate(
      {
        name,
        scope,
        ...(scope === "ASSET" ? { assetId } : {}),
        alarmMinutesBefore: parseLeadTime(form.get("alarmMinutesBefore")),
        windowMonths: Number(form.get("windowMonths")),
      },
      {
        onSuccess: (feed) => {
          formElement.reset();
          setScope("MY_TASKS");
          onCreated(feed);
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="New calendar feed">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Feed name" error={fieldError("name")} required>
          <Input name="name" maxLength={100} placeholder="e.g. House chores" autoComplete="off" />
        </Field>
        <Field label="Shows" error={fieldError("scope")}>
          <Select name="scope" value={scope} onChange={(e) => setScope(e.target.value as TCalendarFeedScope)}>
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {SCOPE_LABELS[s]}
              </option>
            ))}
          </Select>
        </Field>
        {scope === "ASSET" ? <AssetSelect error={fieldError("assetId")} /> : null}
        <Field label="Reminder" error={fieldError("alarmMinutesBefore")} hint="All-day events start at midnight.">
          <LeadTimeSelect name="alarmMinutesBefore" defaultValue={null} />
        </Field>
        <Field label="Repeating tasks, ahead" error={fieldError("windowMonths")}>
          <WindowSelect name="windowMonths" defaultValue={DEFAULT_WINDOW_MONTHS} />
        </Field>
      </div>
      {create.isError && errors.form ? <ErrorAlert>{errors.form}</ErrorAlert> : null}
      <div>
        <Button type="submit" loading={create.isPending}>
          Create feed
        </Button>
      </div>
    </form>
  );
}

function EditFeedDialog({ feed, onClose }: { feed: TCalendarFeed; onClose: () => void }) {
  const update = useUpdateCalendarFeed();
  const { toast } = useToast();
  const formId = useId();
  const [nameError, setNameError] = useState<string | undefined>();
  const errors = splitSubmitError(update.error, FEED_FIELDS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    if (!name) {
      setNameError("Give the feed a name");
      event.currentTarget.querySelector<HTMLElement>("[name=name]")?.focus();
      return;
    }
    setNameError(undefined);
    update.mutate(
      {
        id: feed.id,
        name,
        alarmMinutesBefore: parseLeadTime(form.get("alarmMinutesBefore")),
        windowMonths: Number(form.get("windowMonths")),
      },
      {
        onSuccess: () => {
          toast(`Saved “${name}”`);
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      open
      onClose={() => !update.isPending && onClose()}
      title={`Edit “${feed.name}”`}
      description="The address stays the same: subscribed calendars pick up the change on their next refresh."
      footer={<FormDialogFooter formId={formId} submitLabel="Save" pending={update.isPending} onCancel={onClose} />}
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <Field label="Feed name" error={nameError ?? (update.isError ? errors.fields.name : undefined)} required>
          <Input name="name" defaultValue={feed.name} maxLength={100} autoComplete="off" />
        </Field>
        <Field label="Reminder" error={update.isError ? errors.fields.alarmMinutesBefore : undefined}>
          <LeadTimeSelect name="alarmMinutesBefore" defaultValue={feed.alarmMinutesBefore} />
        </Field>
        <Field label="Repeating tasks, ahead" error={update.isError ? errors.fields.windowMonths : undefined}>
          <WindowSelect name="windowMonths" defaultValue={feed.windowMonths} />
        </Field>
        {update.isError && errors.form ? <ErrorAlert>{errors.form}</ErrorAlert> : null}
      </form>
    </Dialog>
  );
}

function RotateDialog({
  feed,
  onClose,
  onRotated,
}: {
  feed: TCalendarFeed;
  onClose: () => void;
  onRotated: (feed: TCalendarFeedWithUrl) => void;
}) {
  const rotate = useRotateCalendarFeed();
  return (
    <ConfirmDialog
      title={`New address for “${feed.name}”?`}
      description="The current address stops working at once: every calendar subscribed to it must subscribe again with the new one."
      confirmLabel="Make new address"
      pending={rotate.isPending}
      onConfirm={() => rotate.mutate(feed.id, { onSuccess: onRotated })}
      onClose={onClose}
    >
      {rotate.isError ? <ErrorAlert>{errorMessage(rotate.error)}</ErrorAlert> : null}
    </ConfirmDialog>
  );
}

function RevokeDialog({ feed, onClose }: { feed: TCalendarFeed; onClose: () => void }) {
  const revoke = useDeleteCalendarFeed();
  const { toast } = useToast();
  return (
    <ConfirmDialog
      title={`Revoke “${feed.name}”?`}
      description="Its address stops working at once; subscribed calendars keep what they last loaded until you remove the subscription there."
      confirmLabel="Revoke feed"
      pending={revoke.isPending}
      onConfirm={() =>
        revoke.mutate(feed.id, {
          onSuccess: () => {
            toast(`Revoked “${feed.name}”`);
            onClose();
          },
        })
      }
      onClose={onClose}
    >
      {revoke.isError ? <ErrorAlert>{errorMessage(revoke.error)}</ErrorAlert> : null}
    </ConfirmDialog>
  );
}
