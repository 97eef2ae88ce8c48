"use client";

import { useState, type FormEvent } from "react";
import { ZCreateAppriseTarget, type TAppriseTargetOut } from "@/lib/apprise/schemas";
import { zodFieldErrors, type FieldErrors } from "@/lib/client/form-errors";
import { useCreateAppriseTarget } from "@/lib/client/hooks/apprise";
import { ErrorAlert } from "@/components/ui/alert";
import { Dialog, FormDialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";

type Scope = TAppriseTargetOut["scope"];

const APPRISE_URL_DOCS = "https://github.com/caronc/apprise/wiki";
const FORM_ID = "add-apprise-target";

/**
 * Adds one Apprise URL. The URL is a secret (it carries the service's token): the field
 * is cleared with the dialog, and the list only ever shows its scheme afterwards.
 */
export function AddAppriseTargetDialog({
  initialScope,
  canChooseHousehold,
  onClose,
}: {
  initialScope: Scope;
  canChooseHousehold: boolean;
  onClose: () => void;
}) {
  const create = useCreateAppriseTarget();
  const { toast } = useToast();
  const [url, setUrl] = useState("");
  const [label, setLabel] = useState("");
  const [scope, setScope] = useState<Scope>(canChooseHousehold ? initialScope : "me");
  // The server's scheme policy (e.g. a private host) answers 422 on "url".
  const { formRef, fieldErrors: errors, formError, pending, submit, validate } = useFormSubmit({ fields: ["url", "label", "scope"] });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateAppriseTarget.safeParse({
      url: url.trim(),
      label,
      scope,
    });
    const next: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (!url.trim()) next.url = "Paste the Apprise URL";
    if (!label.trim()) next.label = "Give it a name you will recognise";
    if (!validate(next) || !parsed.success) return;
    void submit(async () => {
      const target = await create.mutateAsync(parsed.data);
      toast(`Added “${target.label}” (${target.maskedUrl})`);
      onClose();
    });
  }

  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title="Add an Apprise URL"
      description="Apprise forwards notifications to Telegram, Discord, ntfy, e-mail and about a hundred other services."
      footer={<FormDialogFooter formId={FORM_ID} submitLabel="Add URL" pending={pending} onCancel={onClose} />}
    >
      <form id={FORM_ID} ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Field
          label="Apprise URL"
          required
          error={errors.url}
          hint={
            <>
              One service per URL, e.g. <code className="font-mono">tgram://bottoken/chatid</code> or{" "}
              <code className="font-mono">ntfy://topic</code>. It holds your service&apos;s token, so it is never shown again after saving.{" "}
              <a href={APPRISE_URL_DOCS} target="_blank" rel="noreferrer" className="font-medium text-primary underline underline-offset-2">
                Apprise URL formats
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </>
          }
        >
          <Input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            inputMode="url"
            placeholder="scheme://…"
            className="font-mono"
          />
        </Field>
        <Field label="Name" required error={errors.label} hint="Shown in this list, e.g. “Phone (Telegram)”.">
          <Input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={100} autoComplete="off" />
        </Field>
        {canChooseHousehold ? (
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">Who is told</legend>
            <ScopeOption
              value="me"
              checked={scope === "me"}
              onChange={setScope}
              title="Only me"
              detail="Your own notifications, as you choose them under Notifications."
            />
            <ScopeOption
              value="household"
              checked={scope === "household"}
              onChange={setScope}
              title="The household"
              detail="Told once per event, e.g. a shared family chat."
            />
            {errors.scope ? <p className="text-sm font-medium text-danger">{errors.scope}</p> : null}
          </fieldset>
        ) : null}
      </form>
    </Dialog>
  );
}

function ScopeOption({
  value,
  checked,
  onChange,
  title,
  detail,
}: {
  value: Scope;
  checked: boolean;
  onChange: (scope: Scope) => void;
  title: string;
  detail: string;
}) {
  return (
    <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-border p-3 has-[:checked]:border-primary">
      <input
        type="radio"
        name="scope"
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        className="mt-0.5 size-4 accent-primary focus-visible:outline-2 focus-visible:outline-ring"
      />
      <span className="flex flex-col">
        <span className="text-sm font-medium">{title}</span>
        <span className="text-xs text-muted">{detail}</span>
      </span>
    </label>
  );
}
