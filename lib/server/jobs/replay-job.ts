import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { jobOut } from "./job-out";
import { REPLAY_DEAD_JOB } from "./job-sql";
import type { TJobOut } from "./schemas";

/**
 * Sends a DEAD job of the household back to the queue with its attempts reset (after
 * the admin fixed what made it fail). The workers are notified at commit.
 */
export async function replayJob(auth: AuthContext, jobId: string): Promise<TJobOut> {
  return db().$transaction(async (tx) => {
    const replayed = await tx.$queryRawUnsafe<{ id: string }[]>(REPLAY_DEAD_JOB, jobId, auth.householdId);
    const job = await tx.job.findFirst({ where: { id: jobId, householdId: auth.householdId } });
    if (!job) throw notFound("Job");
    if (replayed.length === 0) throw new AppError("CONFLICT", `Only dead jobs can be replayed; this one is ${job.status.toLowerCase()}.`);
    return jobOut(job);
  });
}
