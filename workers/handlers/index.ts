/** Every job kind this worker runs: each definition (lib/<domain>/jobs.ts) bound to its handler here. */
import { jobRegistry } from "@/lib/server/jobs/job-handler";
import { noopHandler } from "./noop";
import { rateLimitPurgeHandler } from "./rate-limit-purge";
import { sendAppriseHandler } from "./send-apprise";
import { sendEmailHandler } from "./send-email";
import { sendPushHandler } from "./send-push";
import { taskDueScanHandler } from "./task-due-scan";
import { warrantyScanHandler } from "./warranty-scan";
import { webhookDeliveryHandler } from "./webhook-delivery";

export const boundJobHandlers = [
  noopHandler,
  rateLimitPurgeHandler,
  sendAppriseHandler,
  sendEmailHandler,
  sendPushHandler,
  taskDueScanHandler,
  warrantyScanHandler,
  webhookDeliveryHandler,
];

export const jobHandlers = jobRegistry(boundJobHandlers);
