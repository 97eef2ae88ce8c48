/** The event types a webhook endpoint can subscribe to. Add one here before emitting it. */
export const WEBHOOK_EVENT_TYPES = [
  "asset.created",
  "asset.updated",
  "asset.deleted",
  "warranty.expiring",
  "task.assigned",
  "task.due",
  "task.overdue",
  "task.completed",
  "webhook.test",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
