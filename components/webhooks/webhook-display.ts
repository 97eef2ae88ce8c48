/** Pure wording for the webhooks page: how an endpoint, its filter and its deliveries read. */
import type { BadgeTone } from "@/components/ui/badge";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/event-types";
import type { TWebhookDeliveryOut } from "@/lib/webhooks/schemas";

export interface UrlParts {
  /** "https://" */
  prefix: string;
  /** "hooks.example.com:8443": what tells endpoints apart at a glance. */
  host: string;
  /** "/path?query": often carries a token, so it is shown de-emphasised. */
  rest: string;
}

export function splitWebhookUrl(url: string): UrlParts {
  try {
    const parsed = new URL(url);
    const rest = `${parsed.pathname === "/" ? "" : parsed.pathname}${parsed.search}${parsed.hash}`;
    return { prefix: `${parsed.protocol}//`, host: parsed.host, rest };
  } catch {
    return { prefix: "", host: url, rest: "" };
  }
}

/** An empty filter means every event, today's and those added later. */
export function eventFilterSummary(eventTypes: readonly string[]): string {
  if (eventTypes.length === 0) return "All events";
  const known: string[] = WEBHOOK_EVENT_TYPES.filter((type) => eventTypes.includes(type));
  const listed = known.length > 0 ? known : [...eventTypes];
  if (listed.length <= 3) return listed.join(", ");
  return `${listed.length} events: ${listed.slice(0, 2).join(", ")} and ${listed.length - 2} more`;
}

export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

export function deliveryStatus(delivery: Pick<TWebhookDeliveryOut, "status" | "responseCode">): { label: string; tone: BadgeTone } {
  if (delivery.status === "SUCCEEDED") return { label: "Delivered", tone: "success" };
  return { label: delivery.responseCode === null ? "No answer" : "Failed", tone: "danger" };
}

/** Adds or removes one type from a chosen list, keeping the catalogue's order. */
export function toggleEventType(chosen: readonly WebhookEventType[], type: WebhookEventType, on: boolean): WebhookEventType[] {
  const next = new Set(chosen);
  if (on) next.add(type);
  else next.delete(type);
  return WEBHOOK_EVENT_TYPES.filter((t) => next.has(t));
}
