"use client";

import { useId } from "react";
import { WEBHOOK_EVENT_CATALOGUE, WEBHOOK_EVENT_GROUPS, webhookEventTypesIn, type WebhookEventType } from "@/lib/webhooks/event-types";
import { Checkbox } from "@/components/ui/input";
import { InlineCodeText } from "./inline-code-text";
import { toggleEventType } from "./webhook-display";

interface Props {
  /** null: every event (an empty filter on the server). */
  value: WebhookEventType[] | null;
  onChange: (value: WebhookEventType[] | null) => void;
  error?: string;
}

/** "All events", or a choice from the catalogue grouped by what the events are about. */
export function EventPicker({ value, onChange, error }: Props) {
  const name = useId();
  const errorId = `${name}-error`;
  const chosen = value ?? [];
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium">Events</legend>
      <label className="flex items-center gap-3 text-sm">
        <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} className="size-4 accent-primary" />
        <span>
          <span className="font-medium">All events</span>
          <span className="block text-xs text-muted">Including event types added in later versions.</span>
        </span>
      </label>
      <label className="flex items-center gap-3 text-sm">
        <input type="radio" name={name} checked={value !== null} onChange={() => onChange(chosen)} className="size-4 accent-primary" />
        <span className="font-medium">Only the events I choose</span>
      </label>
      {value !== null ? (
        <div className="ml-7 flex flex-col gap-3">
          {WEBHOOK_EVENT_GROUPS.map((group) => (
            <fieldset key={group} className="flex flex-col">
              <legend className="text-xs font-medium tracking-wide text-muted uppercase">{group}</legend>
              {webhookEventTypesIn(group).map((type) => (
                <Checkbox
                  key={type}
                  label={<code className="font-mono">{type}</code>}
                  description={<InlineCodeText text={WEBHOOK_EVENT_CATALOGUE[type].description} />}
                  checked={chosen.includes(type)}
                  onChange={(e) => onChange(toggleEventType(chosen, type, e.currentTarget.checked))}
                />
              ))}
            </fieldset>
          ))}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
