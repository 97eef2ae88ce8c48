/** Every job kind this app runs, and its handler (one file per kind beside this one). */
import type { JobHandlerRegistry } from "@/lib/server/jobs/job-handler";
import { noopHandler } from "./noop";
import { sendAppriseHandler } from "./send-apprise";
import { sendEmailHandler } from "./send-email";
import { sendPushHandler } from "./send-push";
import { warrantyScanHandler } from "./warranty-scan";
import { webhookDeliveryHandler } from "./webhook-delivery";
import { taskDueScanHandler } from "./task-due-scan";
import { rateLimitPurgeHandler } from "./rate-limit-purge";

export const jobHandlers: JobHandlerRegistry = {
  noop: noopHandler,
  "send-email": sendEmailHandler,
  "send-push": sendPushHandler,
  "warranty-scan": warrantyScanHandler,
  "webhook-delivery": webhookDeliveryHandler,
  "task-due-scan": taskDueScanHandler,
  "send-apprise": sendAppriseHandler,
  "rate-limit-purge": rateLimitPurgeHandler,
};
