import "server-only";
import type { Job } from "@/lib/server/db/client";
import { scrubMessage } from "./describe-job-error";
import type { TJobOut } from "./schemas";

export function jobOut(job: Job): TJobOut {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    // Rows written before errors were stored in words may still hold a stack: never show it.
    lastError: job.lastError === null ? null : scrubMessage(job.lastError),
    runAt: job.runAt.toISOString(),
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
