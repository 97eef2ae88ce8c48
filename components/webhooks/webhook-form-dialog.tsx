"use client";

import { useId, useState, type FormEvent } from "react";
import { fieldError } from "@/lib/client/form-errors";
import { useCreateWebhook, useUpdateWebhook } from "@/lib/client/hooks/webhooks";
import { isWebhookEventType, type WebhookEventType } from "@/lib/webhooks/event-types";
import type { TWebhookOut, TWebhookWithSecretOut } from "@/lib/webhooks/schemas";
import { ErrorAlert } from "@/components/ui/alert";
import { Dialog, FormDialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { EventPicker } from "./event-picker";

const FIELDS = ["url", "description", "eventTypes"] as const;

interface Props {
  /** Absent: a new endpoint. */
  endpoint?: TWebhookOut;
  onClose: () => void;
  /** A new endpoint's secret, to be shown once. */
  onCreated?: (created: TWebhookWithSecretOut) => void;
}

export function WebhookFormDialog({ endpoint, onClose, onCreated }: Props) {
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const { toast } = useToast();
  const formId = useId();
  const { formRef, fieldErrors: errors, formError, pending, submit, validate } = useFormSubmit({ fields: FIELDS });
  const [url, setUrl] = useState(endpoint?.url ?? "");
  const [description, setDescription] = useState(endpoint?.description ?? "");
  const [eventTypes, setEventTypes] = useState<WebhookEventType[] | null>(
    endpoint && endpoint.eventTypes.length > 0 ? endpoint.eventTypes.filter(isWebhookEventType) : null,
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!validate(eventTypes !== null && eventTypes.length === 0 ? { eventTypes: "Choose at least one event, or All events" } : {})) return;
    const input = { url: url.trim(), description, eventTypes: eventTypes ?? [] };
    void submit(async () => {
      if (endpoint) {
        await update.mutateAsync({ id: endpoint.id, ...input });
        toast("Webhook saved");
      } else {
        onCreated?.(await create.mutateAsync(input));
      }
      onClose();
    });
  }

  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title={endpoint ? "Edit webhook" : "Add a webhook"}
      description="DumbAssets POSTs a signed JSON message to this URL when the chosen events happen."
      footer={<FormDialogFooter formId={formId} submitLabel={endpoint ? "Save" : "Add webhook"} pending={pending} onCancel={onClose} />}
    >
      <form ref={formRef} id={formId} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Field
          label="URL"
          error={errors.url}
          hint="http(s). Private and loopback addresses are refused unless the server allows them."
          required
        >
          <Input
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            maxLength={2_000}
            placeholder="https://example.com/hooks/dumbassets"
            autoComplete="off"
          />
        </Field>
        <Field label="Description" error={errors.description} hint="Optional: what receives these messages.">
          <Input
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={500}
            placeholder="e.g. Home Assistant"
            autoComplete="off"
          />
        </Field>
        {/* The server names a bad list item by its index ("eventTypes.2"); the picker shows one message for the list. */}
        <EventPicker value={eventTypes} onChange={setEventTypes} error={fieldError(errors, "eventTypes")} />
      </form>
    </Dialog>
  );
}
