/** The worker process's settings, from the environment (all optional but DATABASE_URL). */
import { z } from "zod";

const ms = (fallback: number, min: number) => z.coerce.number().int().min(min).default(fallback);

export const ZWorkerConfig = z
  .object({
    DATABASE_URL: z.string().url({ message: "must be a postgresql:// URL" }),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
    /** Jobs claimed per statement; defaults to WORKER_CONCURRENCY. */
    WORKER_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).optional(),
    WORKER_POLL_INTERVAL_MS: ms(2_000, 10),
    WORKER_LEASE_MS: ms(30_000, 100),
    /** How long SIGTERM waits for running jobs before handing them back. */
    WORKER_SHUTDOWN_TIMEOUT_MS: ms(10_000, 0),
  })
  .transform((env) => ({
    databaseUrl: env.DATABASE_URL,
    concurrency: env.WORKER_CONCURRENCY,
    batchSize: env.WORKER_BATCH_SIZE ?? env.WORKER_CONCURRENCY,
    pollIntervalMs: env.WORKER_POLL_INTERVAL_MS,
    leaseMs: env.WORKER_LEASE_MS,
    shutdownTimeoutMs: env.WORKER_SHUTDOWN_TIMEOUT_MS,
  }));

export type TWorkerConfig = z.output<typeof ZWorkerConfig>;

export function readWorkerConfig(env: NodeJS.ProcessEnv): TWorkerConfig {
  const parsed = ZWorkerConfig.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `Invalid configuration: ${i.path.join(".")} ${i.message}`).join("\n"));
  }
  return parsed.data;
}
