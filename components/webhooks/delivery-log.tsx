"use client";

import { errorMessage } from "@/lib/client/api";
import { useResendWebhookDelivery, useWebhookDeliveries } from "@/lib/client/hooks/webhooks";
import type { TWebhookDeliveryOut } from "@/lib/webhooks/schemas";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { BellIcon } from "@/components/ui/icons";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { deliveryStatus, formatDuration } from "./webhook-display";
import { DetailPair } from "@/components/ui/description-list";

interface Props {
  endpointId: string;
  /** The endpoint's host, naming the log for assistive technology. */
  host: string;
  /** A disabled endpoint sends nothing, so resending is refused until it is enabled. */
  enabled: boolean;
}

/** Every attempt to deliver a message to one endpoint, newest first. */
export function DeliveryLog({ endpointId, host, enabled }: Props) {
  const log = useWebhookDeliveries(endpointId);
  const deliveries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const label = `Deliveries to ${host}`;

  if (log.isPending) {
    return (
      <LoadingBlock label="Loading deliveries">
        <div className="flex flex-col gap-2">
          <Skeleton className="h-9 rounded-lg" />
          <Skeleton className="h-9 rounded-lg" />
        </div>
      </LoadingBlock>
    );
  }
  if (log.isError && deliveries.length === 0) return <QueryErrorAlert title="The delivery log could not be loaded" query={log} />;
  if (deliveries.length === 0) {
    return (
      <EmptyState
        icon={<BellIcon />}
        title="Nothing sent yet"
        description="Messages to this endpoint, and the answers it gives, will show here."
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <DeliveryTable label={label} deliveries={deliveries} endpointId={endpointId} enabled={enabled} />
      <DeliveryCards label={label} deliveries={deliveries} endpointId={endpointId} enabled={enabled} />
      {log.isFetchNextPageError ? <ErrorAlert title="More deliveries could not be loaded">{errorMessage(log.error)}</ErrorAlert> : null}
      {log.hasNextPage ? (
        <div className="flex justify-center">
          <Button variant="outline" size="sm" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            Load older deliveries
          </Button>
        </div>
      ) : null}
    </div>
  );
}

interface ListProps {
  label: string;
  deliveries: TWebhookDeliveryOut[];
  endpointId: string;
  enabled: boolean;
}

const HEADINGS = ["Time", "Event", "Attempt", "Status", "Response", "Duration", "Actions"];

/** Wide screens: one row per attempt. */
function DeliveryTable({ label, deliveries, endpointId, enabled }: ListProps) {
  return (
    <div className="hidden overflow-x-auto sm:block">
      <table aria-label={label} className="w-full text-left text-sm">
        <thead className="border-b border-border text-xs tracking-wide text-muted uppercase">
          <tr>
            {HEADINGS.map((heading) => (
              <th key={heading} scope="col" className={heading === "Actions" ? "px-2 py-2 font-medium sr-only" : "px-2 py-2 font-medium"}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {deliveries.map((delivery) => (
            <tr key={delivery.id} className="align-top">
              <td className="px-2 py-2 whitespace-nowrap">
                <LocalDateTime iso={delivery.createdAt} />
              </td>
              <td className="px-2 py-2">
                <code className="font-mono text-xs">{delivery.eventType}</code>
              </td>
              <td className="px-2 py-2 tabular-nums">{delivery.attempt}</td>
              <td className="px-2 py-2">
                <Status delivery={delivery} />
              </td>
              <td className="px-2 py-2 tabular-nums">{delivery.responseCode ?? "—"}</td>
              <td className="px-2 py-2 tabular-nums whitespace-nowrap">{formatDuration(delivery.durationMs)}</td>
              <td className="px-2 py-2 text-right">
                <ResendButton delivery={delivery} endpointId={endpointId} enabled={enabled} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Narrow screens: one card per attempt, the same facts as labelled pairs. */
function DeliveryCards({ label, deliveries, endpointId, enabled }: ListProps) {
  return (
    <ul aria-label={label} className="flex flex-col gap-2 sm:hidden">
      {deliveries.map((delivery) => (
        <li key={delivery.id} className="flex flex-col gap-2 rounded-xl border border-border px-3 py-2 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <code className="font-mono text-xs">{delivery.eventType}</code>
            <Status delivery={delivery} />
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <DetailPair label="Time">
              <LocalDateTime iso={delivery.createdAt} />
            </DetailPair>
            <DetailPair label="Attempt">{delivery.attempt}</DetailPair>
            <DetailPair label="Response">{delivery.responseCode ?? "—"}</DetailPair>
            <DetailPair label="Duration">{formatDuration(delivery.durationMs)}</DetailPair>
          </dl>
          <div>
            <ResendButton delivery={delivery} endpointId={endpointId} enabled={enabled} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Status({ delivery }: { delivery: TWebhookDeliveryOut }) {
  const { label, tone } = deliveryStatus(delivery);
  return (
    <span className="flex flex-col gap-1">
      <Badge tone={tone} className="w-fit">
        {label}
      </Badge>
      {delivery.error ? <span className="max-w-xs break-words text-xs text-muted">{delivery.error}</span> : null}
    </span>
  );
}

function ResendButton({ delivery, endpointId, enabled }: { delivery: TWebhookDeliveryOut; endpointId: string; enabled: boolean }) {
  const resend = useResendWebhookDelivery();
  const { toast } = useToast();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={!enabled}
      title={enabled ? undefined : "Enable the webhook to resend"}
      loading={resend.isPending}
      onClick={() =>
        resend.mutate(
          { endpointId, deliveryId: delivery.id },
          {
            onSuccess: () => toast(`${delivery.eventType} queued to be sent again`),
            onError: (error) => toast(errorMessage(error), "error"),
          },
        )
      }
    >
      Resend
      <span className="sr-only">
        {" "}
        {delivery.eventType}, attempt {delivery.attempt}
      </span>
    </Button>
  );
}
