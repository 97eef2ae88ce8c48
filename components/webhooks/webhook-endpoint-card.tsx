"use client";

import { useId, useState } from "react";
import { errorMessage } from "@/lib/client/api";
import {
  useDeleteWebhook,
  useLatestWebhookDelivery,
  useRotateWebhookSecret,
  useSendTestWebhook,
  useUpdateWebhook,
} from "@/lib/client/hooks/webhooks";
import type { TWebhookOut, TWebhookWithSecretOut } from "@/lib/webhooks/schemas";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";
import { ChevronRightIcon, KeyIcon, PencilIcon, TrashIcon } from "@/components/ui/icons";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { useToast } from "@/components/ui/toast";
import { cn } from "@/components/ui/cn";
import { DeliveryLog } from "./delivery-log";
import { SecretOnceDialog } from "./secret-once-dialog";
import { deliveryStatus, eventFilterSummary, formatDuration, splitWebhookUrl } from "./webhook-display";
import { WebhookFormDialog } from "./webhook-form-dialog";

type OpenDialog = "edit" | "delete" | "rotate" | null;

/** One endpoint: where it points, what it receives, whether it works, and what can be done with it. */
export function WebhookEndpointCard({ endpoint }: { endpoint: TWebhookOut }) {
  const { prefix, host, rest } = splitWebhookUrl(endpoint.url);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [rotated, setRotated] = useState<TWebhookWithSecretOut | null>(null);
  const [showLog, setShowLog] = useState(false);
  const logId = useId();
  const update = useUpdateWebhook();
  const sendTest = useSendTestWebhook();
  const { toast } = useToast();
  const name = endpoint.description || host;

  return (
    <Card className="flex flex-col">
      <article aria-label={`Webhook ${name}`} className="flex flex-col gap-3 p-4 sm:p-5">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <p className="font-mono text-sm break-all">
              <span className="text-muted">{prefix}</span>
              <strong className="font-semibold text-fg">{host}</strong>
              <span className="text-muted">{rest}</span>
            </p>
            {endpoint.description ? <p className="mt-0.5 text-sm">{endpoint.description}</p> : null}
          </div>
          {endpoint.enabled ? <Badge tone="success">Enabled</Badge> : <Badge tone="danger">Disabled</Badge>}
        </div>
        {!endpoint.enabled ? (
          <p className="text-sm text-danger">
            {endpoint.disabledReason ?? "Disabled"}
            {endpoint.disabledAt ? (
              <>
                {" "}
                · <LocalDateTime iso={endpoint.disabledAt} />
              </>
            ) : null}
          </p>
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-muted">Events</dt>
          <dd className="min-w-0 break-words">{eventFilterSummary(endpoint.eventTypes)}</dd>
          <dt className="text-muted">Last delivery</dt>
          <dd>
            <LatestDelivery endpointId={endpoint.id} />
          </dd>
          {endpoint.enabled && endpoint.consecutiveFailures > 0 ? (
            <>
              <dt className="text-muted">Failing</dt>
              <dd>
                {endpoint.consecutiveFailures === 1 ? "1 attempt failed" : `${endpoint.consecutiveFailures} attempts failed in a row`}
              </dd>
            </>
          ) : null}
        </dl>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="outline"
            disabled={!endpoint.enabled}
            loading={sendTest.isPending}
            onClick={() =>
              sendTest.mutate(endpoint.id, {
                onSuccess: () => {
                  toast(`Test event queued for ${host}`);
                  setShowLog(true);
                },
                onError: (error) => toast(errorMessage(error), "error"),
              })
            }
          >
            Send test event
          </Button>
          <Button
            size="sm"
            variant="outline"
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { id: endpoint.id, enabled: !endpoint.enabled },
                {
                  onSuccess: () => toast(endpoint.enabled ? `Disabled ${name}` : `Enabled ${name}`),
                  onError: (error) => toast(errorMessage(error), "error"),
                },
              )
            }
          >
            {endpoint.enabled ? "Disable" : "Enable"}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setDialog("edit")}>
            <PencilIcon className="size-4" />
            Edit
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setDialog("rotate")}>
            <KeyIcon className="size-4" />
            Rotate secret
          </Button>
          <Button size="sm" variant="danger-ghost" onClick={() => setDialog("delete")}>
            <TrashIcon className="size-4" />
            Delete
          </Button>
        </div>
      </article>
      <div className="border-t border-border">
        <button
          type="button"
          aria-expanded={showLog}
          aria-controls={logId}
          onClick={() => setShowLog((shown) => !shown)}
          className="flex w-full items-center gap-2 px-4 py-3 text-left text-sm font-medium hover:bg-surface-2 focus-visible:outline-2 focus-visible:outline-ring sm:px-5"
        >
          <ChevronRightIcon className={cn("size-4 text-muted transition-transform", showLog && "rotate-90")} />
          Delivery log
        </button>
        {showLog ? (
          <div id={logId} className="px-4 pb-4 sm:px-5">
            <DeliveryLog endpointId={endpoint.id} host={host} enabled={endpoint.enabled} />
          </div>
        ) : null}
      </div>
      {dialog === "edit" ? <WebhookFormDialog endpoint={endpoint} onClose={() => setDialog(null)} /> : null}
      {dialog === "delete" ? <DeleteWebhookDialog endpoint={endpoint} name={name} onClose={() => setDialog(null)} /> : null}
      {dialog === "rotate" ? (
        <RotateSecretDialog
          endpoint={endpoint}
          name={name}
          onClose={() => setDialog(null)}
          onRotated={(result) => {
            setDialog(null);
            setRotated(result);
          }}
        />
      ) : null}
      {rotated ? <SecretOnceDialog endpoint={rotated} reason="rotated" onClose={() => setRotated(null)} /> : null}
    </Card>
  );
}

function LatestDelivery({ endpointId }: { endpointId: string }) {
  const latest = useLatestWebhookDelivery(endpointId);
  if (latest.isPending) return <span className="text-muted">…</span>;
  if (latest.isError) return <span className="text-muted">Could not be loaded</span>;
  if (!latest.data) return <span className="text-muted">Nothing sent yet</span>;
  const { label, tone } = deliveryStatus(latest.data);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={tone}>{label}</Badge>
      <span className="text-muted">
        {latest.data.responseCode !== null ? `${latest.data.responseCode} · ` : ""}
        {formatDuration(latest.data.durationMs)} · <LocalDateTime iso={latest.data.createdAt} />
      </span>
    </span>
  );
}

function DeleteWebhookDialog({ endpoint, name, onClose }: { endpoint: TWebhookOut; name: string; onClose: () => void }) {
  const remove = useDeleteWebhook();
  const { toast } = useToast();
  return (
    <ConfirmDialog
      title={`Delete the webhook ${name}?`}
      description="No more messages are sent to it, and its delivery log is deleted with it."
      confirmLabel="Delete webhook"
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(endpoint.id, {
          onSuccess: () => {
            toast(`Deleted ${name}`);
            onClose();
          },
        })
      }
      onClose={onClose}
    >
      {remove.isError ? <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert> : null}
    </ConfirmDialog>
  );
}

interface RotateProps {
  endpoint: TWebhookOut;
  name: string;
  onClose: () => void;
  onRotated: (result: TWebhookWithSecretOut) => void;
}

function RotateSecretDialog({ endpoint, name, onClose, onRotated }: RotateProps) {
  const rotate = useRotateWebhookSecret();
  return (
    <ConfirmDialog
      title={`Rotate the signing secret of ${name}?`}
      description="You get a new secret, shown once. For a while after that, every message is signed with both the new and the old secret, so your receiver keeps accepting messages while you switch it over; then only the new one signs."
      confirmLabel="Rotate secret"
      pending={rotate.isPending}
      onConfirm={() => rotate.mutate(endpoint.id, { onSuccess: onRotated })}
      onClose={onClose}
    >
      {rotate.isError ? <ErrorAlert>{errorMessage(rotate.error)}</ErrorAlert> : null}
    </ConfirmDialog>
  );
}
