"use client";

import { useState } from "react";
import { errorMessage } from "@/lib/client/api";
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from "@/lib/client/hooks/tokens";
import type { TApiToken, TCreatedApiToken } from "@/lib/client/types";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { CheckIcon, CopyIcon, KeyIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function ApiTokensSection() {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<TCreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<TApiToken | null>(null);
  const { formRef, fieldErrors, formError, pending, submit } = useFormSubmit({ fields: ["name"] });

  return (
    <CardSection id="tokens" title="API tokens" description="For scripts and home automation: send one as “Authorization: Bearer …”.">
      <form
        ref={formRef}
        className="flex flex-col gap-3 sm:flex-row sm:items-start"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            setCreated(await create.mutateAsync(name));
            setName("");
          });
        }}
      >
        <Field label="Token name" error={fieldErrors.name} hint="Name it after the script that uses it." className="sm:flex-1">
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            placeholder="e.g. Home Assistant"
            autoComplete="off"
          />
        </Field>
        <Button type="submit" loading={pending} className="sm:mt-7">
          Create token
        </Button>
      </form>
      {formError ? <ErrorAlert className="mt-3">{formError}</ErrorAlert> : null}
      <p className="mt-3 text-sm text-muted">
        Every call, with examples to try:{" "}
        <a href="/api/docs" target="_blank" rel="noopener" className="font-medium text-primary underline-offset-2 hover:underline">
          API reference
        </a>
        .
      </p>

      {created ? <NewTokenNotice token={created} onDone={() => setCreated(null)} /> : null}

      <div className="mt-4 border-t border-border pt-3">
        {tokens.isPending ? (
          <Skeleton className="h-12" />
        ) : tokens.isError ? (
          <ErrorAlert>{errorMessage(tokens.error)}</ErrorAlert>
        ) : tokens.data.length === 0 ? (
          <p className="text-sm text-muted">No tokens yet.</p>
        ) : (
          <ul aria-label="Your API tokens" className="-my-1 divide-y divide-border">
            {tokens.data.map((t) => (
              <li key={t.id} className="flex items-center gap-3 py-2.5">
                <KeyIcon className="size-4 shrink-0 text-muted" />
                <span className="flex min-w-0 flex-1 flex-col">
                  <span className="truncate font-medium">{t.name}</span>
                  <span className="text-xs text-muted">
                    <code className="font-mono">{t.prefix}…</code> · created <LocalDateTime iso={t.createdAt} />
                    {t.lastUsedAt ? (
                      <>
                        {" "}
                        · last used <LocalDateTime iso={t.lastUsedAt} />
                      </>
                    ) : (
                      " · never used"
                    )}
                  </span>
                </span>
                <Button variant="danger-outline" size="sm" onClick={() => setRevoking(t)}>
                  Revoke<span className="sr-only"> {t.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {revoking ? <RevokeDialog token={revoking} onClose={() => setRevoking(null)} /> : null}
    </CardSection>
  );
}

/** The secret, shown once: copy it now, it is never shown again. */
function NewTokenNotice({ token, onDone }: { token: TCreatedApiToken; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="mt-4 flex flex-col gap-3 rounded-xl border border-success/40 bg-success-soft p-4">
      <p className="text-sm font-medium">Token “{token.name}” created. Copy it now: it will not be shown again.</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Field label="Your new token" labelHidden className="flex-1">
          <Input readOnly value={token.token} className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </Field>
        <Button
          variant="outline"
          onClick={() => {
            void navigator.clipboard
              ?.writeText(token.token)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {copied ? <CheckIcon className="size-4" /> : <CopyIcon className="size-4" />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <div>
        <Button variant="ghost" size="sm" onClick={onDone}>
          I have saved it
        </Button>
      </div>
    </div>
  );
}

function RevokeDialog({ token, onClose }: { token: TApiToken; onClose: () => void }) {
  const revoke = useRevokeApiToken();
  const { toast } = useToast();
  return (
    <ConfirmDialog
      title={`Revoke “${token.name}”?`}
      description="Scripts using it stop working at once."
      confirmLabel="Revoke token"
      pending={revoke.isPending}
      onConfirm={() =>
        revoke.mutate(token.id, {
          onSuccess: () => {
            toast(`Revoked “${token.name}”`);
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
