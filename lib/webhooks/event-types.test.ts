import { describe, expect, it } from "vitest";
import { ZCreateWebhook } from "./schemas";
import {
  WEBHOOK_EVENT_CATALOGUE,
  WEBHOOK_EVENT_GROUPS,
  WEBHOOK_EVENT_TYPES,
  exampleWebhookBody,
  isWebhookEventType,
  webhookEventTypesIn,
} from "./event-types";

describe("the webhook event catalogue", () => {
  it("describes every type, and every group holds some", () => {
    for (const type of WEBHOOK_EVENT_TYPES) expect(WEBHOOK_EVENT_CATALOGUE[type].description.length).toBeGreaterThan(10);
    expect(WEBHOOK_EVENT_GROUPS.flatMap(webhookEventTypesIn).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
  });

  it("gives each type an example body shaped like a real message", () => {
    for (const type of WEBHOOK_EVENT_TYPES) {
      const body = JSON.parse(exampleWebhookBody(type)) as { type: string; timestamp: string; data: unknown };
      expect(body.type).toBe(type);
      expect(new Date(body.timestamp).toISOString()).toBe(body.timestamp);
      expect(body.data).toEqual(WEBHOOK_EVENT_CATALOGUE[type].exampleData);
    }
  });

  it("is what the API accepts as a filter", () => {
    expect(ZCreateWebhook.parse({ url: "https://example.com/h", eventTypes: [...WEBHOOK_EVENT_TYPES] }).eventTypes).toEqual([
      ...WEBHOOK_EVENT_TYPES,
    ]);
    expect(isWebhookEventType("asset.created")).toBe(true);
    expect(isWebhookEventType("asset.exploded")).toBe(false);
  });
});
