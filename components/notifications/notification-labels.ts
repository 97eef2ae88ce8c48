import type { NotificationChannel, NotificationType } from "@/lib/server/db/generated/enums";

/** Row order of the preference matrix follows this object. */
export const TYPE_LABELS: Record<NotificationType, string> = {
  WARRANTY_EXPIRING: "Warranty expiring",
  TASK_ASSIGNED: "Task assigned to you",
  TASK_DUE_SOON: "Task due soon",
  TASK_OVERDUE: "Task overdue",
  MENTION: "Mentions",
  SCHEDULE_CHANGED: "Schedule changed",
  INVITATION: "Invitations",
  WEBHOOK_DISABLED: "Webhook switched off",
};

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  IN_APP: "In app",
  EMAIL: "Email",
  PUSH: "Push",
  APPRISE: "Apprise",
};

export const NOTIFICATION_TYPE_ORDER = Object.keys(TYPE_LABELS) as NotificationType[];
export const NOTIFICATION_CHANNEL_ORDER = Object.keys(CHANNEL_LABELS) as NotificationChannel[];
