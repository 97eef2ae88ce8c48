/**
 * `npm run worker`: the background job worker. Needs DATABASE_URL (the same database
 * as the web server, migrated); `npm start` runs it beside the web server. Run as many
 * as you like: claims, leases and recurring slots are safe across processes.
 */
import { ConfigError } from "@/lib/server/config/config";
import { logger } from "@/lib/server/logger";
import { jobHandlers } from "./handlers";
import { recurringJobs } from "./recurring";
import { runWorkerProcess } from "./run-worker-process";

runWorkerProcess({ handlers: jobHandlers, recurring: recurringJobs }).catch((error: unknown) => {
  // A bad configuration is for people to read: one plain line per variable.
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  logger.error("worker failed to start", { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
