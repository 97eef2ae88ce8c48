/**
 * Runs a worker as the process's only job: starts it from the environment's settings
 * and stops it gracefully on SIGTERM/SIGINT (stop claiming, let running jobs finish
 * until WORKER_SHUTDOWN_TIMEOUT_MS, hand back the rest, exit 0).
 */
import { disconnectDatabase } from "@/lib/server/db/client";
import type { JobHandlerRegistry } from "@/lib/server/jobs/job-handler";
import type { RecurringJobDefinition } from "@/lib/server/jobs/recurring";
import { Worker } from "@/lib/server/jobs/worker";
import { logger } from "@/lib/server/logger";
import { readWorkerConfig } from "./config";

export async function runWorkerProcess(options: {
  handlers: JobHandlerRegistry;
  recurring: readonly RecurringJobDefinition[];
}): Promise<Worker> {
  // The whole configuration is validated here, before the worker claims anything.
  const config = readWorkerConfig();
  const worker = new Worker({
    connectionString: config.databaseUrl,
    handlers: options.handlers,
    recurring: options.recurring,
    concurrency: config.concurrency,
    batchSize: config.batchSize,
    pollIntervalMs: config.pollIntervalMs,
    leaseMs: config.leaseMs,
  });

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("worker stopping", { workerId: worker.id, signal, deadlineMs: config.shutdownTimeoutMs });
    try {
      const result = await worker.stop({ deadlineMs: config.shutdownTimeoutMs });
      await disconnectDatabase();
      logger.info("worker stopped", { workerId: worker.id, ...result, stats: worker.stats });
      process.exit(0);
    } catch (error) {
      logger.error("worker did not stop cleanly", { workerId: worker.id, error });
      process.exit(1);
    }
  };
  process.on("SIGTERM", (signal) => void shutdown(signal));
  process.on("SIGINT", (signal) => void shutdown(signal));

  await worker.start();
  logger.info("worker started", {
    workerId: worker.id,
    kinds: Object.keys(options.handlers),
    recurring: options.recurring.map((r) => r.name),
    concurrency: config.concurrency,
    batchSize: config.batchSize,
  });
  return worker;
}
