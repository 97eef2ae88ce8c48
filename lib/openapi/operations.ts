/**
 * Every REST operation, described by the zod schemas its handler parses with.
 * `build-document.ts` turns this into OpenAPI 3.1; `operations.test.ts` fails when a
 * route file exports a method that is not listed here, or the other way round.
 */
import { z } from "zod";
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
import { ZCreateHousehold, ZHouseholdCreatedOut, ZMemberOut, ZSwitchHousehold } from "@/lib/households/schemas";
import { ZCreateLocation, ZDeleteLocationQuery, ZLocationOut, ZUpdateLocation } from "@/lib/locations/schemas";
import { ZJobOut, ZJobPage, ZListDeadJobsQuery } from "@/lib/server/jobs/schemas";
import { ZListOutboxQuery, ZOutboxPage } from "@/lib/email/schemas";
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
  /** null: no content; "binary": a file. */
  response: z.ZodType | null | "binary";
  successStatus?: number;
}

const ZHealth = z.object({ status: z.literal("ok"), database: z.object({ latencyMs: z.number() }) });
const ZOk = z.object({ ok: z.literal(true) });
const ZCreatedToken = ZApiTokenOut.extend({ token: z.string().describe("Shown once; store it now") });

export const API_OPERATIONS: ApiOperation[] = [
  { method: "GET", path: "/api/health", operationId: "getHealth", summary: "Liveness and database reachability", tag: "system", public: true, response: ZHealth },

  { method: "POST", path: "/api/account", operationId: "signUp", summary: "Create an account and its first household", tag: "account", public: true, body: ZSignUp, response: ZSignUpOut },
  { method: "GET", path: "/api/account", operationId: "getAccount", summary: "The signed-in user and their households", tag: "account", response: ZAccountOut },
  { method: "PUT", path: "/api/account/password", operationId: "changePassword", summary: "Change the password; signs out every other session", tag: "account", body: ZChangePassword, response: ZChangePasswordOut },

  { method: "POST", path: "/api/households", operationId: "createHousehold", summary: "Create another household and switch to it", tag: "households", body: ZCreateHousehold, response: ZHouseholdCreatedOut },
  { method: "PUT", path: "/api/households/active", operationId: "switchHousehold", summary: "Make another of your households the active one", tag: "households", body: ZSwitchHousehold, response: ZOk },
  { method: "GET", path: "/api/households/current/members", operationId: "listMembers", summary: "Members of the active household", tag: "households", response: z.array(ZMemberOut) },

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
  { method: "GET", path: "/api/attachments/{id}", operationId: "downloadAttachment", summary: "The file", tag: "attachments", response: "binary" },
  { method: "DELETE", path: "/api/attachments/{id}", operationId: "deleteAttachment", summary: "Delete an attachment and its file", tag: "attachments", response: null, successStatus: 204 },
  { method: "GET", path: "/api/attachments/{id}/thumbnail", operationId: "getAttachmentThumbnail", summary: "A WebP preview of an image", tag: "attachments", response: "binary" },

  { method: "GET", path: "/api/locations", operationId: "listLocations", summary: "Locations in tree order with their paths", tag: "locations", response: z.array(ZLocationOut) },
  { method: "POST", path: "/api/locations", operationId: "createLocation", summary: "Create a location (parentId for nesting)", tag: "locations", body: ZCreateLocation, response: ZLocationOut },
  { method: "GET", path: "/api/locations/{id}", operationId: "getLocation", summary: "One location", tag: "locations", response: ZLocationOut },
  { method: "PATCH", path: "/api/locations/{id}", operationId: "updateLocation", summary: "Rename or move a location", tag: "locations", body: ZUpdateLocation, response: ZLocationOut },
  { method: "DELETE", path: "/api/locations/{id}", operationId: "deleteLocation", summary: "Delete a location (409 when not empty unless force=true)", tag: "locations", query: ZDeleteLocationQuery, response: null, successStatus: 204 },

  { method: "GET", path: "/api/tags", operationId: "listTags", summary: "Tags with their asset counts", tag: "tags", response: z.array(ZTagWithCount) },
  { method: "POST", path: "/api/tags", operationId: "createTag", summary: "Create a coloured tag", tag: "tags", body: ZCreateTag, response: ZTagWithCount },
  { method: "GET", path: "/api/tags/{id}", operationId: "getTag", summary: "One tag", tag: "tags", response: ZTagWithCount },
  { method: "PATCH", path: "/api/tags/{id}", operationId: "updateTag", summary: "Rename or recolour a tag", tag: "tags", body: ZUpdateTag, response: ZTagWithCount },
  { method: "DELETE", path: "/api/tags/{id}", operationId: "deleteTag", summary: "Delete a tag", tag: "tags", response: null, successStatus: 204 },

  { method: "GET", path: "/api/admin/jobs", operationId: "listDeadJobs", summary: "Background jobs that failed every attempt (OWNER/ADMIN)", tag: "admin", query: ZListDeadJobsQuery, response: ZJobPage },
  { method: "GET", path: "/api/admin/outbox", operationId: "listOutbox", summary: "E-mail kept while no SMTP server is configured (OWNER/ADMIN)", tag: "admin", query: ZListOutboxQuery, response: ZOutboxPage },
  { method: "POST", path: "/api/admin/jobs/{id}/replay", operationId: "replayJob", summary: "Run a dead job again", tag: "admin", response: ZJobOut, successStatus: 200 },

  { method: "GET", path: "/api/webhooks", operationId: "listWebhooks", summary: "The household's webhook endpoints (OWNER/ADMIN)", tag: "webhooks", response: z.array(ZWebhookOut) },
  { method: "POST", path: "/api/webhooks", operationId: "createWebhook", summary: "Add a webhook endpoint; returns its signing secret once", tag: "webhooks", body: ZCreateWebhook, response: ZWebhookWithSecretOut },
  { method: "PATCH", path: "/api/webhooks/{id}", operationId: "updateWebhook", summary: "Change, enable or disable a webhook endpoint", tag: "webhooks", body: ZUpdateWebhook, response: ZWebhookOut },
  { method: "DELETE", path: "/api/webhooks/{id}", operationId: "deleteWebhook", summary: "Delete a webhook endpoint and its delivery log", tag: "webhooks", response: null, successStatus: 204 },
  { method: "POST", path: "/api/webhooks/{id}/rotate-secret", operationId: "rotateWebhookSecret", summary: "Replace the signing secret (the old one keeps signing for 24 h); returns the new one once", tag: "webhooks", response: ZWebhookWithSecretOut, successStatus: 200 },
  { method: "GET", path: "/api/webhooks/{id}/deliveries", operationId: "listWebhookDeliveries", summary: "The endpoint's delivery attempts, newest first", tag: "webhooks", query: ZListWebhookDeliveriesQuery, response: ZWebhookDeliveryPage },
  { method: "POST", path: "/api/webhooks/{id}/deliveries/{deliveryId}/resend", operationId: "resendWebhookDelivery", summary: "Send a logged message again", tag: "webhooks", response: ZWebhookQueuedOut, successStatus: 202 },
  { method: "POST", path: "/api/webhooks/{id}/test", operationId: "sendTestWebhook", summary: "Queue a webhook.test message to this endpoint", tag: "webhooks", response: ZWebhookQueuedOut, successStatus: 202 },

  { method: "GET", path: "/api/openapi.json", operationId: "getOpenApiDocument", summary: "This document", tag: "system", public: true, response: z.record(z.string(), z.unknown()) },
];
