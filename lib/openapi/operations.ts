/**
 * Every REST operation, described by the zod schemas its handler parses with.
 * `build-document.ts` turns this into OpenAPI 3.1; `operations.test.ts` fails when a
 * route file exports a method that is not listed here, or the other way round.
 */
import { z } from "zod";
import type { ErrorCode } from "@/lib/server/errors/app-error";
import { ZAccountOut, ZChangePassword, ZChangePasswordOut, ZSignUp, ZSignUpOut } from "@/lib/accounts/schemas";
import { ZApiTokenOut, ZCreateApiToken } from "@/lib/api-tokens/schemas";
import {
  ZAssetOut,
  ZAssetPage,
  ZAssetTreeNode,
  ZCreateAsset,
  ZDashboardOut,
  ZDeleteAssetOut,
  ZDeleteAssetQuery,
  ZListAssetsQuery,
  ZMoveAsset,
  ZUpdateAsset,
} from "@/lib/assets/schemas";
import { ZAttachmentList } from "@/lib/attachments/schemas";
import { ALLOWED_UPLOAD_TYPES } from "@/lib/attachments/sniff-content-type";
import { ZCreateTaskComment, ZListTaskCommentsQuery, ZTaskCommentOut, ZTaskCommentPage } from "@/lib/comments/schemas";
import { ZCreateHousehold, ZHouseholdCreatedOut, ZMemberOut, ZSwitchHousehold } from "@/lib/households/schemas";
import { ZCreateLocation, ZDeleteLocationQuery, ZLocationOut, ZUpdateLocation } from "@/lib/locations/schemas";
import { ZCreateMeter, ZListReadingsQuery, ZMeterOut, ZReadingOut, ZRecordReading, ZRecordReadingOut } from "@/lib/meters/schemas";
import {
  ZCreateSchedule,
  ZListSchedulesQuery,
  ZPreviewOut,
  ZPreviewSchedule,
  ZScheduleChangeOut,
  ZScheduleHistoryPage,
  ZScheduleHistoryQuery,
  ZScheduleOut,
  ZUpdateSchedule,
} from "@/lib/schedules/schemas";
import {
  ZCompleteTask,
  ZCompleteTaskOut,
  ZCreateSubtask,
  ZCreateTask,
  ZListTasksQuery,
  ZRescheduleTask,
  ZSkipTask,
  ZSkipTaskOut,
  ZTaskOut,
  ZTaskPage,
  ZUpdateTask,
} from "@/lib/tasks/schemas";
import { ZJobOut, ZJobPage, ZListDeadJobsQuery } from "@/lib/server/jobs/schemas";
import { ZListOutboxQuery, ZOutboxPage } from "@/lib/email/schemas";
import {
  ZListNotificationsQuery,
  ZMarkNotificationsRead,
  ZMarkNotificationsReadOut,
  ZNotificationPage,
  ZNotificationPreferences,
  ZNotificationSettings,
  ZDeletePushSubscription,
  ZPushSubscriptionIn,
  ZPushSubscriptionOut,
  ZQuietHours,
  ZUpdateNotificationPreferences,
  ZVapidPublicKeyOut,
} from "@/lib/notifications/schemas";
import { ZCreateTag, ZTagWithCount, ZUpdateTag } from "@/lib/tags/schemas";
import {
  ZCreateWebhook,
  ZListWebhookDeliveriesQuery,
  ZUpdateWebhook,
  ZWebhookDeliveryPage,
  ZWebhookOut,
  ZWebhookQueuedOut,
  ZWebhookWithSecretOut,
} from "@/lib/webhooks/schemas";
import { ZTaskCalendarOut, ZTaskCalendarQuery } from "@/lib/tasks/schemas";
import { ZBlackoutOut, ZCreateBlackout } from "@/lib/households/blackouts-schemas";
import { ZHouseholdSettingsOut, ZUpdateHouseholdSettings } from "@/lib/households/settings-schemas";
import { ZAppriseStatusOut, ZAppriseTargetOut, ZAppriseTestOut, ZCreateAppriseTarget, ZTestApprise } from "@/lib/apprise/schemas";
import { ZAcceptInvitation, ZAcceptInvitationOut, ZCreateInvitation, ZInvitationOut } from "@/lib/invitations/schemas";

export interface ApiOperation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI path template, e.g. /api/assets/{id}. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  public?: boolean;
  query?: z.ZodType;
  body?: z.ZodType | "multipart";
  /** null: no content; `files`: a file of one of these content types. */
  response: z.ZodType | null | { files: readonly string[] };
  successStatus?: number;
  /**
   * Error codes the use case throws beyond those every operation of its kind can answer
   * (see error-statuses.ts), e.g. CONFLICT. error-statuses.test.ts keeps this honest.
   */
  raises?: readonly ErrorCode[];
}

const ZHealth = z.object({ status: z.literal("ok"), database: z.object({ latencyMs: z.number() }) });
const ZOk = z.object({ ok: z.literal(true) });
const ZCreatedToken = ZApiTokenOut.extend({ token: z.string().describe("Shown once; store it now") });

export const API_OPERATIONS: ApiOperation[] = [
  { method: "GET", path: "/api/health", operationId: "getHealth", summary: "Liveness and database reachability", tag: "system", public: true, response: ZHealth },

  { method: "POST", path: "/api/account", operationId: "signUp", summary: "Create an account and its first household", tag: "account", public: true, body: ZSignUp, response: ZSignUpOut, raises: ["CONFLICT"] },
  { method: "GET", path: "/api/account", operationId: "getAccount", summary: "The signed-in user and their households", tag: "account", response: ZAccountOut },
  { method: "PUT", path: "/api/account/password", operationId: "changePassword", summary: "Change the password; signs out every other session (optionally this one too) and revokes API tokens unless revokeApiTokens is false", tag: "account", body: ZChangePassword, response: ZChangePasswordOut },

  { method: "POST", path: "/api/households", operationId: "createHousehold", summary: "Create another household and switch to it", tag: "households", body: ZCreateHousehold, response: ZHouseholdCreatedOut },
  { method: "PUT", path: "/api/households/active", operationId: "switchHousehold", summary: "Make another of your households the active one", tag: "households", body: ZSwitchHousehold, response: ZOk },
  { method: "GET", path: "/api/households/current/members", operationId: "listMembers", summary: "Members of the active household", tag: "households", response: z.array(ZMemberOut) },

  { method: "GET", path: "/api/invitations", operationId: "listInvitations", summary: "Pending invitations to the active household (OWNER/ADMIN; never their links)", tag: "households", response: z.array(ZInvitationOut) },
  { method: "POST", path: "/api/invitations", operationId: "createInvitation", summary: "Invite an e-mail address (replaces its pending invitation); the link is e-mailed, never returned", tag: "households", body: ZCreateInvitation, response: ZInvitationOut, raises: ["CONFLICT"] },
  { method: "DELETE", path: "/api/invitations/{id}", operationId: "revokeInvitation", summary: "Revoke a pending invitation", tag: "households", response: null, successStatus: 204 },
  { method: "POST", path: "/api/invitations/accept", operationId: "acceptInvitation", summary: "Join the household of an invitation sent to your account's address, and switch to it", tag: "households", body: ZAcceptInvitation, response: ZAcceptInvitationOut, successStatus: 200, raises: ["CONFLICT"] },
  { method: "GET", path: "/api/tokens", operationId: "listApiTokens", summary: "Your API tokens (never their secrets)", tag: "tokens", response: z.array(ZApiTokenOut) },
  { method: "POST", path: "/api/tokens", operationId: "createApiToken", summary: "Issue an API token for scripts", tag: "tokens", body: ZCreateApiToken, response: ZCreatedToken },
  { method: "DELETE", path: "/api/tokens/{id}", operationId: "revokeApiToken", summary: "Revoke an API token", tag: "tokens", response: null, successStatus: 204 },

  { method: "GET", path: "/api/assets", operationId: "listAssets", summary: "Search, filter, sort and page through assets", tag: "assets", query: ZListAssetsQuery, response: ZAssetPage },
  { method: "POST", path: "/api/assets", operationId: "createAsset", summary: "Create an asset or a component (parentId)", tag: "assets", body: ZCreateAsset, response: ZAssetOut },
  { method: "GET", path: "/api/assets/{id}", operationId: "getAsset", summary: "One asset", tag: "assets", response: ZAssetOut },
  { method: "PATCH", path: "/api/assets/{id}", operationId: "updateAsset", summary: "Change the fields sent", tag: "assets", body: ZUpdateAsset, response: ZAssetOut },
  { method: "DELETE", path: "/api/assets/{id}", operationId: "deleteAsset", summary: "Delete an asset; `components` says what happens to its components", tag: "assets", query: ZDeleteAssetQuery, response: ZDeleteAssetOut },
  { method: "GET", path: "/api/assets/{id}/tree", operationId: "getAssetTree", summary: "The asset's components, to any depth", tag: "assets", response: ZAssetTreeNode },
  { method: "POST", path: "/api/assets/{id}/move", operationId: "moveAsset", summary: "Move a component under another parent (or to the top level)", tag: "assets", body: ZMoveAsset, response: ZAssetOut, successStatus: 200 },
  { method: "GET", path: "/api/dashboard", operationId: "getDashboard", summary: "Counts, value, expiring warranties, recent assets", tag: "assets", response: ZDashboardOut },

  { method: "GET", path: "/api/assets/{id}/attachments", operationId: "listAttachments", summary: "An asset's photos, receipts, manuals and warranty documents", tag: "attachments", response: ZAttachmentList },
  { method: "POST", path: "/api/assets/{id}/attachments", operationId: "uploadAttachments", summary: "Upload files (multipart: file, kind)", tag: "attachments", body: "multipart", response: ZAttachmentList },
  { method: "GET", path: "/api/attachments/{id}", operationId: "downloadAttachment", summary: "The file, with the content type found from its bytes at upload", tag: "attachments", response: { files: Object.keys(ALLOWED_UPLOAD_TYPES) } },
  { method: "DELETE", path: "/api/attachments/{id}", operationId: "deleteAttachment", summary: "Delete an attachment and its file", tag: "attachments", response: null, successStatus: 204 },
  { method: "GET", path: "/api/attachments/{id}/thumbnail", operationId: "getAttachmentThumbnail", summary: "A WebP preview of an image", tag: "attachments", response: { files: ["image/webp"] } },

  { method: "GET", path: "/api/locations", operationId: "listLocations", summary: "Locations in tree order with their paths", tag: "locations", response: z.array(ZLocationOut) },
  { method: "POST", path: "/api/locations", operationId: "createLocation", summary: "Create a location (parentId for nesting)", tag: "locations", body: ZCreateLocation, response: ZLocationOut },
  { method: "GET", path: "/api/locations/{id}", operationId: "getLocation", summary: "One location", tag: "locations", response: ZLocationOut },
  { method: "PATCH", path: "/api/locations/{id}", operationId: "updateLocation", summary: "Rename or move a location", tag: "locations", body: ZUpdateLocation, response: ZLocationOut },
  { method: "DELETE", path: "/api/locations/{id}", operationId: "deleteLocation", summary: "Delete a location (409 when not empty unless force=true)", tag: "locations", query: ZDeleteLocationQuery, response: null, successStatus: 204, raises: ["CONFLICT"] },

  { method: "GET", path: "/api/tags", operationId: "listTags", summary: "Tags with their asset counts", tag: "tags", response: z.array(ZTagWithCount) },
  { method: "POST", path: "/api/tags", operationId: "createTag", summary: "Create a coloured tag", tag: "tags", body: ZCreateTag, response: ZTagWithCount, raises: ["CONFLICT"] },
  { method: "GET", path: "/api/tags/{id}", operationId: "getTag", summary: "One tag", tag: "tags", response: ZTagWithCount },
  { method: "PATCH", path: "/api/tags/{id}", operationId: "updateTag", summary: "Rename or recolour a tag", tag: "tags", body: ZUpdateTag, response: ZTagWithCount, raises: ["CONFLICT"] },
  { method: "DELETE", path: "/api/tags/{id}", operationId: "deleteTag", summary: "Delete a tag", tag: "tags", response: null, successStatus: 204 },

  { method: "GET", path: "/api/admin/jobs", operationId: "listDeadJobs", summary: "Background jobs that failed every attempt (OWNER/ADMIN)", tag: "admin", query: ZListDeadJobsQuery, response: ZJobPage },
  { method: "GET", path: "/api/admin/outbox", operationId: "listOutbox", summary: "E-mail kept while no SMTP server is configured (OWNER/ADMIN)", tag: "admin", query: ZListOutboxQuery, response: ZOutboxPage },
  { method: "POST", path: "/api/admin/jobs/{id}/replay", operationId: "replayJob", summary: "Run a dead job again", tag: "admin", response: ZJobOut, successStatus: 200, raises: ["CONFLICT"] },

  { method: "GET", path: "/api/webhooks", operationId: "listWebhooks", summary: "The household's webhook endpoints (OWNER/ADMIN)", tag: "webhooks", response: z.array(ZWebhookOut) },
  { method: "POST", path: "/api/webhooks", operationId: "createWebhook", summary: "Add a webhook endpoint; returns its signing secret once", tag: "webhooks", body: ZCreateWebhook, response: ZWebhookWithSecretOut },
  { method: "PATCH", path: "/api/webhooks/{id}", operationId: "updateWebhook", summary: "Change, enable or disable a webhook endpoint", tag: "webhooks", body: ZUpdateWebhook, response: ZWebhookOut },
  { method: "DELETE", path: "/api/webhooks/{id}", operationId: "deleteWebhook", summary: "Delete a webhook endpoint and its delivery log", tag: "webhooks", response: null, successStatus: 204 },
  { method: "POST", path: "/api/webhooks/{id}/rotate-secret", operationId: "rotateWebhookSecret", summary: "Replace the signing secret (the old one keeps signing for 24 h); returns the new one once", tag: "webhooks", response: ZWebhookWithSecretOut, successStatus: 200 },
  { method: "GET", path: "/api/webhooks/{id}/deliveries", operationId: "listWebhookDeliveries", summary: "The endpoint's delivery attempts, newest first", tag: "webhooks", query: ZListWebhookDeliveriesQuery, response: ZWebhookDeliveryPage },
  { method: "POST", path: "/api/webhooks/{id}/deliveries/{deliveryId}/resend", operationId: "resendWebhookDelivery", summary: "Send a logged message again", tag: "webhooks", response: ZWebhookQueuedOut, successStatus: 202, raises: ["CONFLICT"] },
  { method: "POST", path: "/api/webhooks/{id}/test", operationId: "sendTestWebhook", summary: "Queue a webhook.test message to this endpoint", tag: "webhooks", response: ZWebhookQueuedOut, successStatus: 202, raises: ["CONFLICT"] },

  { method: "GET", path: "/api/notifications", operationId: "listNotifications", summary: "Your in-app notifications in the active household, newest first, with the unread count", tag: "notifications", query: ZListNotificationsQuery, response: ZNotificationPage },
  { method: "POST", path: "/api/notifications/read", operationId: "markNotificationsRead", summary: "Mark the given notifications (or all) read", tag: "notifications", body: ZMarkNotificationsRead, response: ZMarkNotificationsReadOut, successStatus: 200 },
  { method: "GET", path: "/api/notifications/preferences", operationId: "getNotificationPreferences", summary: "Your type x channel choices, defaults filled in", tag: "notifications", response: ZNotificationPreferences },
  { method: "PUT", path: "/api/notifications/preferences", operationId: "updateNotificationPreferences", summary: "Turn types on or off per channel", tag: "notifications", body: ZUpdateNotificationPreferences, response: ZNotificationPreferences },
  { method: "GET", path: "/api/notifications/settings", operationId: "getNotificationSettings", summary: "The household's notification settings (warranty lead days)", tag: "notifications", response: ZNotificationSettings },
  { method: "PUT", path: "/api/notifications/settings", operationId: "updateNotificationSettings", summary: "Change the household's notification settings (OWNER/ADMIN)", tag: "notifications", body: ZNotificationSettings, response: ZNotificationSettings },

  { method: "GET", path: "/api/notifications/quiet-hours", operationId: "getQuietHours", summary: "Your quiet hours (push waits until they end)", tag: "notifications", response: ZQuietHours },
  { method: "PUT", path: "/api/notifications/quiet-hours", operationId: "updateQuietHours", summary: "Set or clear your quiet hours", tag: "notifications", body: ZQuietHours, response: ZQuietHours },
  { method: "GET", path: "/api/notifications/push/vapid-public-key", operationId: "getVapidPublicKey", summary: "The application server key for PushManager.subscribe", tag: "notifications", response: ZVapidPublicKeyOut },
  { method: "POST", path: "/api/notifications/push/subscriptions", operationId: "savePushSubscription", summary: "Register this browser's push subscription (subscription.toJSON()); 409 when another account registered the endpoint", tag: "notifications", body: ZPushSubscriptionIn, response: ZPushSubscriptionOut, raises: ["CONFLICT"] },
  { method: "DELETE", path: "/api/notifications/push/subscriptions", operationId: "deletePushSubscription", summary: "Forget this browser's push subscription", tag: "notifications", body: ZDeletePushSubscription, response: null, successStatus: 204 },

  { method: "GET", path: "/api/advanced-schedules", operationId: "listSchedules", summary: "Maintenance schedules with their next open task", tag: "schedules", query: ZListSchedulesQuery, response: z.array(ZScheduleOut) },
  { method: "POST", path: "/api/advanced-schedules", operationId: "createSchedule", summary: "Create a schedule; its first task is planned at once", tag: "schedules", body: ZCreateSchedule, response: ZScheduleChangeOut },
  { method: "POST", path: "/api/advanced-schedules/preview", operationId: "previewSchedule", summary: "The next dates of a rule and the rule in words, without saving", tag: "schedules", body: ZPreviewSchedule, response: ZPreviewOut, successStatus: 200 },
  { method: "GET", path: "/api/advanced-schedules/{id}", operationId: "getSchedule", summary: "One schedule", tag: "schedules", response: ZScheduleOut },
  { method: "PATCH", path: "/api/advanced-schedules/{id}", operationId: "updateSchedule", summary: "Change a schedule; open future tasks follow (tasksChanged says how many)", tag: "schedules", body: ZUpdateSchedule, response: ZScheduleChangeOut },
  { method: "DELETE", path: "/api/advanced-schedules/{id}", operationId: "deleteSchedule", summary: "Delete a schedule and its open tasks (history stays); 409 while others depend on it", tag: "schedules", response: null, successStatus: 204, raises: ["CONFLICT"] },
  { method: "POST", path: "/api/advanced-schedules/{id}/pause", operationId: "pauseSchedule", summary: "Stop planning new occurrences", tag: "schedules", response: ZScheduleChangeOut, successStatus: 200 },
  { method: "POST", path: "/api/advanced-schedules/{id}/resume", operationId: "resumeSchedule", summary: "Plan occurrences again", tag: "schedules", response: ZScheduleChangeOut, successStatus: 200 },
  { method: "GET", path: "/api/advanced-schedules/{id}/history", operationId: "listScheduleHistory", summary: "Past occurrences (done, skipped, cancelled): planned vs actual, days early or late, who, notes; cursor-paged", tag: "schedules", query: ZScheduleHistoryQuery, response: ZScheduleHistoryPage },

  { method: "GET", path: "/api/tasks", operationId: "listTasks", summary: "Tasks with filters (mine, status, dueWithinDays, overdue, assetId), cursor-paged", tag: "tasks", query: ZListTasksQuery, response: ZTaskPage },
  { method: "POST", path: "/api/tasks", operationId: "createTask", summary: "Create an ad-hoc task", tag: "tasks", body: ZCreateTask, response: ZTaskOut },
  { method: "GET", path: "/api/tasks/{id}", operationId: "getTask", summary: "One task", tag: "tasks", response: ZTaskOut },
  { method: "PATCH", path: "/api/tasks/{id}", operationId: "updateTask", summary: "Change the fields sent of an open task", tag: "tasks", body: ZUpdateTask, response: ZTaskOut, raises: ["CONFLICT"] },
  { method: "DELETE", path: "/api/tasks/{id}", operationId: "deleteTask", summary: "Delete a task and its subtasks", tag: "tasks", response: null, successStatus: 204, raises: ["CONFLICT"] },
  { method: "POST", path: "/api/tasks/{id}/complete", operationId: "completeTask", summary: "Complete a task (422 lists unmet requirements); plans the next occurrence", tag: "tasks", body: ZCompleteTask, response: ZCompleteTaskOut, successStatus: 200, raises: ["CONFLICT"] },
  { method: "POST", path: "/api/tasks/{id}/skip", operationId: "skipTask", summary: "Skip an occurrence; plans the next one", tag: "tasks", body: ZSkipTask, response: ZSkipTaskOut, successStatus: 200, raises: ["CONFLICT"] },
  { method: "POST", path: "/api/tasks/{id}/reschedule", operationId: "rescheduleTask", summary: "Move one occurrence (date: null clears it)", tag: "tasks", body: ZRescheduleTask, response: ZTaskOut, successStatus: 200, raises: ["CONFLICT"] },
  { method: "POST", path: "/api/task-enhancements/{id}/subtasks", operationId: "createSubtask", summary: "Add a subtask to a task", tag: "tasks", body: ZCreateSubtask, response: ZTaskOut, raises: ["CONFLICT"] },
  { method: "GET", path: "/api/task-enhancements/{id}/comments", operationId: "listTaskComments", summary: "A task's comments, oldest first", tag: "tasks", query: ZListTaskCommentsQuery, response: ZTaskCommentPage },
  { method: "POST", path: "/api/task-enhancements/{id}/comments", operationId: "addTaskComment", summary: "Comment on a task; mentioned members are notified", tag: "tasks", body: ZCreateTaskComment, response: ZTaskCommentOut },
  { method: "DELETE", path: "/api/task-enhancements/{id}/comments/{commentId}", operationId: "deleteTaskComment", summary: "Delete a comment (its author, or an owner or admin)", tag: "tasks", response: null, successStatus: 204 },

  { method: "GET", path: "/api/assets/{id}/meters", operationId: "listMeters", summary: "An asset's usage meters with their latest reading", tag: "meters", response: z.array(ZMeterOut) },
  { method: "POST", path: "/api/assets/{id}/meters", operationId: "createMeter", summary: "Add a usage meter (hours, km, cycles...) to an asset", tag: "meters", body: ZCreateMeter, response: ZMeterOut },
  { method: "GET", path: "/api/meters/{id}/readings", operationId: "listMeterReadings", summary: "A meter's readings, newest first", tag: "meters", query: ZListReadingsQuery, response: z.array(ZReadingOut) },
  { method: "POST", path: "/api/meters/{id}/readings", operationId: "recordMeterReading", summary: "Record a reading (lower ones need isReset); may make usage-based tasks due", tag: "meters", body: ZRecordReading, response: ZRecordReadingOut },

  { method: "GET", path: "/api/openapi.json", operationId: "getOpenApiDocument", summary: "This document", tag: "system", public: true, response: z.record(z.string(), z.unknown()) },

  { method: "GET", path: "/api/tasks/calendar", operationId: "getTaskCalendar", summary: "Days of a month with tasks due (?month=YYYY-MM)", tag: "tasks", query: ZTaskCalendarQuery, response: ZTaskCalendarOut },
  { method: "GET", path: "/api/households/current", operationId: "getHouseholdSettings", summary: "The current household's name, time zone, hemisphere and currency", tag: "households", response: ZHouseholdSettingsOut },
  { method: "PATCH", path: "/api/households/current", operationId: "updateHouseholdSettings", summary: "Change the household's settings (owner/admin); open tasks keep their dates, today/overdue follow the new zone", tag: "households", body: ZUpdateHouseholdSettings, response: ZHouseholdSettingsOut },
  { method: "GET", path: "/api/households/current/blackouts", operationId: "listBlackouts", summary: "The household's blackouts and holidays", tag: "households", response: z.array(ZBlackoutOut) },
  { method: "POST", path: "/api/households/current/blackouts", operationId: "createBlackout", summary: "Add a blackout or holiday; schedules plan around it", tag: "households", body: ZCreateBlackout, response: ZBlackoutOut },
  { method: "DELETE", path: "/api/households/current/blackouts/{id}", operationId: "deleteBlackout", summary: "Remove a blackout or holiday", tag: "households", response: null, successStatus: 204 },
  { method: "GET", path: "/api/apprise", operationId: "listAppriseTargets", summary: "Your Apprise targets and the household's (URLs masked to their scheme)", tag: "notifications", response: z.array(ZAppriseTargetOut) },
  { method: "POST", path: "/api/apprise", operationId: "createAppriseTarget", summary: "Add an Apprise URL for you (scope me) or the household (OWNER/ADMIN); stored sealed", tag: "notifications", body: ZCreateAppriseTarget, response: ZAppriseTargetOut },
  { method: "DELETE", path: "/api/apprise/{id}", operationId: "deleteAppriseTarget", summary: "Remove one of your Apprise targets (household ones: OWNER/ADMIN)", tag: "notifications", response: null, successStatus: 204 },
  { method: "GET", path: "/api/apprise/status", operationId: "getAppriseStatus", summary: "Whether this server can reach Apprise: transport api (APPRISE_API_URL), cli (the apprise command) or null", tag: "notifications", response: ZAppriseStatusOut },
  { method: "POST", path: "/api/apprise/test", operationId: "testApprise", summary: "Send a test notification now to one target (targetId) or all you manage", tag: "notifications", body: ZTestApprise, response: ZAppriseTestOut, successStatus: 200 },
];
