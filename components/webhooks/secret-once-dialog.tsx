"use client";

import { useState } from "react";
import type { TWebhookWithSecretOut } from "@/lib/webhooks/schemas";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { AlertIcon, CheckIcon, CopyIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { splitWebhookUrl } from "./webhook-display";

interface Props {
  endpoint: TWebhookWithSecretOut;
  /** "created": a new endpoint; "rotated": a replacement secret. */
  reason: "created" | "rotated";
  onClose: () => void;
}

/** The signing secret, shown this once: the server keeps it sealed and never returns it again. */
export function SecretOnceDialog({ endpoint, reason, onClose }: Props) {
  const [copied, setCopied] = useState(false);
  const { host } = splitWebhookUrl(endpoint.url);
  return (
    <Dialog
      open
      onClose={onClose}
      title={reason === "created" ? "Webhook added: copy its signing secret" : "New signing secret"}
      description={`For ${host}. Your receiver checks each message's webhook-signature header with it.`}
      footer={<Button onClick={onClose}>I have saved it</Button>}
    >
      <p role="alert" className="flex gap-2 rounded-xl border border-warning/40 bg-warning-soft p-3 text-sm">
        <AlertIcon className="mt-0.5 size-4 shrink-0 text-warning" />
        <span>Copy it now: it will not be shown again. If you lose it, rotate the secret to get a new one.</span>
      </p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Field label="Signing secret" className="flex-1">
          <Input readOnly value={endpoint.secret} className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </Field>
        <Button
          variant="outline"
          onClick={() => {
            void navigator.clipboard
              ?.writeText(endpoint.secret)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {copied ? <CheckIcon className="size-4" /> : <CopyIcon className="size-4" />}
          {copied ? "Copied" : "Copy secret"}
        </Button>
      </div>
      {reason === "rotated" && endpoint.previousSecretExpiresAt ? (
        <p className="text-sm text-muted">
          Until <LocalDateTime iso={endpoint.previousSecretExpiresAt} />, every message carries two signatures, one made with the new secret
          and one with the old, so your receiver keeps accepting messages while you switch it over. After that only the new secret signs.
        </p>
      ) : null}
    </Dialog>
  );
}
