/**
 * The event catalogue: every type a webhook endpoint can subscribe to, what it means
 * and an example of its message. The settings page and docs/webhooks.md both read it
 * (a unit test fails when the doc falls behind), so add a type here before emitting it.
 * Client-safe: no server imports.
 */
import { assetEventData } from "@/lib/webhooks/asset-event";

/** The event types a webhook endpoint can subscribe to. */
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

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

export const WEBHOOK_EVENT_GROUPS = ["Assets", "Tasks", "Webhooks"] as const;
export type WebhookEventGroup = (typeof WEBHOOK_EVENT_GROUPS)[number];

export interface WebhookEventDescription {
  group: WebhookEventGroup;
  description: string;
  /** The `data` of an example message; the body is `{ type, timestamp, data }`. */
  exampleData: Record<string, unknown>;
}

const ASSET = { id: "0196f7e2-4c1a-7b3e-9a51-6f0e2d4c8b10", name: "Dishwasher", visibility: "HOUSEHOLD" } as const;
const TASK_ID = "0196f7e3-1d20-7c44-8e0b-2a9d5c71f3e4";
const USER_ID = "0196f6a0-88b2-7d19-b3c4-51e0a7d2c9f8";
const OTHER_USER_ID = "0196f6a1-02c7-7a6e-a5d8-c3b1e9f40d27";

export const WEBHOOK_EVENT_CATALOGUE: Record<WebhookEventType, WebhookEventDescription> = {
  "asset.created": {
    group: "Assets",
    description:
      "An asset or component was added. `name` is present only for assets the whole household can see; fetch private ones with an API token.",
    exampleData: assetEventData(ASSET, { ownerId: USER_ID }),
  },
  "asset.updated": {
    group: "Assets",
    description: "An asset was edited. `changedFields` lists the fields the edit sent.",
    exampleData: assetEventData(ASSET, { changedFields: ["name", "locationId"] }),
  },
  "asset.deleted": {
    group: "Assets",
    description:
      "An asset was deleted. `deletedAssetIds` lists it and any components deleted with it; `components` says what happened to its components (`delete`, `detach` or `reparent`).",
    exampleData: assetEventData(ASSET, { deletedAssetIds: [ASSET.id], components: "detach" }),
  },
  "warranty.expiring": {
    group: "Assets",
    description:
      "A warranty ends in exactly one of the household's reminder lead days (by default 30, 14, 7 and 1), sent with that day's reminders. `warranty` is its label; `name` as for asset events.",
    exampleData: assetEventData(ASSET, { warranty: "Warranty", expiresOn: "2026-12-01", daysLeft: 7 }),
  },
  "task.assigned": {
    group: "Tasks",
    description: "People were assigned to a task. `assigneeIds` is everyone assigned now; `addedAssigneeIds` the newcomers.",
    exampleData: {
      taskId: TASK_ID,
      title: "Clean the dishwasher filter",
      assigneeIds: [USER_ID, OTHER_USER_ID],
      addedAssigneeIds: [OTHER_USER_ID],
      assignedById: USER_ID,
    },
  },
  "task.due": {
    group: "Tasks",
    description: "A task comes due soon (its schedule's lead time). Sent once per task and due date.",
    exampleData: { taskId: TASK_ID, dueOn: "2026-12-01", userIds: [USER_ID] },
  },
  "task.overdue": {
    group: "Tasks",
    description: "A task passed its due date without being done. Sent once per task and due date.",
    exampleData: { taskId: TASK_ID, dueOn: "2026-11-20", userIds: [USER_ID] },
  },
  "task.completed": {
    group: "Tasks",
    description: "A task was marked done. For a scheduled task, `nextTaskId` is the next occurrence it planned.",
    exampleData: {
      taskId: TASK_ID,
      scheduleId: "0196f7e0-5b3d-7f21-8c6a-d4e2f1a09b35",
      completedAt: "2026-11-24T18:30:00.000Z",
      completedById: USER_ID,
      nextTaskId: "0196f7e4-7a90-7e12-b5f3-0c8d6e2a4f71",
    },
  },
  "webhook.test": {
    group: "Webhooks",
    description: "Sent by “Send test event” to one endpoint, whatever types it subscribes to.",
    exampleData: { message: "A test message from DumbAssets", householdId: "0196f69f-3e41-7b85-9d02-7c6a1f5e8b43", sentBy: USER_ID },
  },
};

/** The exact body of an example message of this type, pretty-printed. */
export function exampleWebhookBody(type: WebhookEventType): string {
  return JSON.stringify({ type, timestamp: "2026-11-24T18:30:00.000Z", data: WEBHOOK_EVENT_CATALOGUE[type].exampleData }, null, 2);
}

export function webhookEventTypesIn(group: WebhookEventGroup): WebhookEventType[] {
  return WEBHOOK_EVENT_TYPES.filter((type) => WEBHOOK_EVENT_CATALOGUE[type].group === group);
}
