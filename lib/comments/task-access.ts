/**
 * Comments live and die with their task's visibility: a task the caller may not see
 * (another household's, or on an asset private to someone else) answers 404 for its
 * comments too, and a mention never tells someone about a task they may not see.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export interface CommentedTask {
  id: string;
  title: string;
  assetId: string | null;
}

export async function visibleTaskOrThrow(tx: DatabaseTransaction, auth: AuthContext, taskId: string): Promise<CommentedTask> {
  const task = await tx.task.findFirst({
    where: { AND: [await visibleToCaller(tx, auth), { id: taskId }] },
    select: { id: true, title: true, assetId: true },
  });
  if (!task) throw notFound("Task");
  return task;
}

/** The members among `userIds` who may see the task (a task without an asset: all of them). */
export async function membersWhoSeeTask(
  tx: DatabaseTransaction,
  householdId: string,
  task: CommentedTask,
  userIds: readonly string[],
): Promise<string[]> {
  const { assetId } = task;
  if (assetId === null || userIds.length === 0) return [...userIds];
  const seen: string[] = [];
  for (const userId of userIds) {
    const visible = await tx.asset.count({ where: { AND: [visibleAssetsWhere({ householdId, userId }), { id: assetId }] } });
    if (visible > 0) seen.push(userId);
  }
  return seen;
}
