/**
 * Every react-query key in one place. Asset-related keys share the "assets" root so
 * one invalidation refreshes lists, details, trees and attachments after a write.
 */
import type { TListAssetsQuery } from "@/lib/assets/schemas";
import type { TListTasksQuery } from "@/lib/tasks/schemas";

export type AssetListFilters = Omit<TListAssetsQuery, "cursor">;
export type TaskListFilters = Omit<TListTasksQuery, "cursor">;

export const queryKeys = {
  account: ["account"] as const,
  members: ["members"] as const,
  householdSettings: ["household-settings"] as const,
  invitations: ["invitations"] as const,
  tokens: ["tokens"] as const,
  calendarFeeds: ["calendar-feeds"] as const,
  dashboard: ["dashboard"] as const,
  assets: ["assets"] as const,
  assetList: (filters: AssetListFilters) => ["assets", "list", filters] as const,
  asset: (id: string) => ["assets", "detail", id] as const,
  assetTree: (id: string) => ["assets", "tree", id] as const,
  attachments: (assetId: string) => ["assets", "attachments", assetId] as const,
  locations: ["locations"] as const,
  tags: ["tags"] as const,
  deadJobs: ["admin", "dead-jobs"] as const,
  outbox: ["admin", "outbox"] as const,
  /** Notification keys share the "notifications" root: marking read refreshes list and bell. */
  notifications: ["notifications"] as const,
  notificationList: ["notifications", "list"] as const,
  notificationUnread: ["notifications", "unread"] as const,
  notificationPreferences: ["notification-settings", "preferences"] as const,
  quietHours: ["notification-settings", "quiet-hours"] as const,
  notificationSettings: ["notification-settings", "household"] as const,
  /**
   * Maintenance keys share the "maintenance" root: completing a task, recording a reading
   * or saving a schedule changes tasks, schedules and meters together.
   */
  maintenance: ["maintenance"] as const,
  tasks: ["maintenance", "tasks"] as const,
  taskList: (filters: TaskListFilters) => ["maintenance", "tasks", "list", filters] as const,
  task: (id: string) => ["maintenance", "tasks", "detail", id] as const,
  schedules: ["maintenance", "schedules"] as const,
  scheduleList: (assetId?: string) => ["maintenance", "schedules", "list", assetId ?? null] as const,
  schedule: (id: string) => ["maintenance", "schedules", "detail", id] as const,
  scheduleHistory: (id: string) => ["maintenance", "schedules", "history", id] as const,
  schedulePreview: (input: unknown) => ["schedule-preview", input] as const,
  meters: (assetId: string) => ["maintenance", "meters", assetId] as const,
  taskCalendar: (month: string) => ["maintenance", "tasks", "calendar", month] as const,
  blackouts: ["maintenance", "blackouts"] as const,
  /** Apprise keys share the "apprise" root: adding or deleting a target refreshes the list. */
  apprise: ["apprise"] as const,
  appriseTargets: ["apprise", "targets"] as const,
  appriseStatus: ["apprise", "status"] as const,
  /** Outside "maintenance": completing a task does not change its comments. */
  taskComments: (taskId: string) => ["task-comments", taskId] as const,
  /** Webhook keys share the "webhooks" root: a write refreshes endpoints and their delivery logs. */
  webhooks: ["webhooks"] as const,
  webhookList: ["webhooks", "list"] as const,
  webhookDeliveries: (endpointId: string) => ["webhooks", "deliveries", endpointId] as const,
  webhookLatestDelivery: (endpointId: string) => ["webhooks", "latest-delivery", endpointId] as const,
};
