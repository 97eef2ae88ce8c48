/**
 * How long a push service keeps a message for an offline device (TTL), how eagerly it
 * wakes the device (Urgency, RFC 8030 5.3), and whether a newer message replaces a
 * pending one of the same subject (Topic).
 */
import "server-only";
import { createHash } from "node:crypto";
import type { NotificationType } from "@/lib/server/db/generated/enums";

type Urgency = "very-low" | "low" | "normal" | "high";

const HOUR = 3_600;
const DAY = 24 * HOUR;

const OPTIONS: Record<NotificationType, { ttl: number; urgency: Urgency; replaces: boolean }> = {
  WARRANTY_EXPIRING: { ttl: 3 * DAY, urgency: "low", replaces: true },
  TASK_ASSIGNED: { ttl: 7 * DAY, urgency: "normal", replaces: false },
  TASK_DUE_SOON: { ttl: 12 * HOUR, urgency: "normal", replaces: true },
  TASK_OVERDUE: { ttl: DAY, urgency: "high", replaces: true },
  MENTION: { ttl: 7 * DAY, urgency: "high", replaces: false },
  SCHEDULE_CHANGED: { ttl: DAY, urgency: "low", replaces: true },
  INVITATION: { ttl: 7 * DAY, urgency: "normal", replaces: false },
  // Needs a manager's action, but not in the middle of the night; each disabling is its own news.
  WEBHOOK_DISABLED: { ttl: 3 * DAY, urgency: "normal", replaces: false },
};

export interface PushOptions {
  TTL: number;
  urgency: Urgency;
  topic?: string;
}

/** `tag` names the subject (the notification's event); topics allow 32 base64url characters, so it is hashed. */
export function pushOptions(type: NotificationType, tag: string): PushOptions {
  const o = OPTIONS[type];
  return {
    TTL: o.ttl,
    urgency: o.urgency,
    ...(o.replaces && { topic: createHash("sha256").update(tag).digest("base64url").slice(0, 32) }),
  };
}
