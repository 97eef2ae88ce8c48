/**
 * The worker process's settings, from the one configuration schema (lib/server/config):
 * the whole environment is validated when the worker starts, and DATABASE_URL is required.
 */
import { configFrom, requireSettings, type EnvRecord } from "@/lib/server/config/config";

export interface TWorkerConfig {
  databaseUrl: string;
  concurrency: number;
  /** Jobs claimed per statement; defaults to WORKER_CONCURRENCY. */
  batchSize: number;
  pollIntervalMs: number;
  leaseMs: number;
  /** How long SIGTERM waits for running jobs before handing them back. */
  shutdownTimeoutMs: number;
}

/** The given environment's settings, else this process's; throws ConfigError listing every bad variable. */
export function readWorkerConfig(env?: EnvRecord): TWorkerConfig {
  const c = requireSettings(configFrom(env), ["DATABASE_URL"], { DATABASE_URL: "a postgresql:// URL" });
  return {
    databaseUrl: c.DATABASE_URL,
    concurrency: c.WORKER_CONCURRENCY,
    batchSize: c.WORKER_BATCH_SIZE,
    pollIntervalMs: c.WORKER_POLL_INTERVAL_MS,
    leaseMs: c.WORKER_LEASE_MS,
    shutdownTimeoutMs: c.WORKER_SHUTDOWN_TIMEOUT_MS,
  };
}
