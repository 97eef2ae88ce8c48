/** Every job kind this app runs, and its handler (one file per kind beside this one). */
import type { JobHandlerRegistry } from "@/lib/server/jobs/job-handler";
import { noopHandler } from "./noop";
import { warrantyScanHandler } from "./warranty-scan";

export const jobHandlers: JobHandlerRegistry = {
  noop: noopHandler,
  "warranty-scan": warrantyScanHandler,
};
