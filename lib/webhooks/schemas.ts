import "server-only";
import { z } from "zod";
import { zHttpUrl, zText } from "@/lib/server/validation/input";
import { WEBHOOK_EVENT_TYPES } from "./event-types";

const ZUrl = zHttpUrl(2_000);

export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);

export const ZCreateWebhook = z.object({
  url: ZUrl,
  description: zText().trim().max(500).default(""),
  /** Empty: every event type. */
  eventTypes: z.array(ZWebhookEventType).max(WEBHOOK_EVENT_TYPES.length).default([]),
});
export type TCreateWebhook = z.input<typeof ZCreateWebhook>;

export const ZUpdateWebhook = z
  .object({
    url: ZUrl,
    description: zText().trim().max(500),
    eventTypes: z.array(ZWebhookEventType).max(WEBHOOK_EVENT_TYPES.length),
    /** true re-enables a disabled endpoint and clears its failure count. */
    enabled: z.boolean(),
  })
  .partial();
export type TUpdateWebhook = z.input<typeof ZUpdateWebhook>;

export const ZWebhookOut = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  disabledReason: z.string().nullable(),
  disabledAt: z.iso.datetime().nullable(),
  consecutiveFailures: z.number().int(),
  /** Until then, messages are also signed with the secret before the last rotation. */
  previousSecretExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TWebhookOut = z.infer<typeof ZWebhookOut>;

export const ZWebhookWithSecretOut = ZWebhookOut.extend({ secret: z.string().describe("Shown once; store it now") });
export type TWebhookWithSecretOut = z.infer<typeof ZWebhookWithSecretOut>;

export const ZWebhookDeliveryOut = z.object({
  id: z.uuid(),
  endpointId: z.uuid(),
  eventId: z.string(),
  eventType: z.string(),
  payload: z.string(),
  attempt: z.number().int(),
  status: z.enum(["SUCCEEDED", "FAILED"]),
  responseCode: z.number().int().nullable(),
  durationMs: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type TWebhookDeliveryOut = z.infer<typeof ZWebhookDeliveryOut>;

export const ZListWebhookDeliveriesQuery = z.object({
  /** The last id of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TListWebhookDeliveriesQuery = z.input<typeof ZListWebhookDeliveriesQuery>;

export const ZWebhookDeliveryPage = z.object({ items: z.array(ZWebhookDeliveryOut), nextCursor: z.string().nullable() });
export type TWebhookDeliveryPage = z.infer<typeof ZWebhookDeliveryPage>;

/** What resend and test answer: the message queued for delivery. */
export const ZWebhookQueuedOut = z.object({ eventId: z.string(), jobId: z.uuid() });
export type TWebhookQueuedOut = z.infer<typeof ZWebhookQueuedOut>;
