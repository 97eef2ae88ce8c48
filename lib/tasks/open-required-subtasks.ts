/**
 * The subtasks that keep a task from being completed: open required subtasks at any
 * depth, found by walking down only through open required ones.
 *
 * "Required" is relative to the subtask's own parent. An optional subtask may be left
 * undone together with everything under it, so a required grandchild under an optional
 * child blocks that child, never the grandparent. Under an open required child, its own
 * open required subtasks are listed too, so the refusal names all the work left. A
 * closed subtask ends the walk: completing it already required its subtree to be
 * closed, and skipping or cancelling it gives its subtree up.
 */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import type { DatabaseTransaction } from "@/lib/server/db/client";

export interface BlockingSubtask {
  id: string;
  title: string;
}

export async function openRequiredSubtasks(tx: DatabaseTransaction, householdId: string, taskId: string): Promise<BlockingSubtask[]> {
  const blocking: BlockingSubtask[] = [];
  let parents = [taskId];
  while (parents.length > 0) {
    const level = await tx.task.findMany({
      where: { householdId, parentTaskId: { in: parents }, isRequired: true, status: { in: [...OPEN_STATUSES] } },
      select: { id: true, title: true },
      orderBy: { id: "asc" },
    });
    blocking.push(...level);
    parents = level.map((t) => t.id);
  }
  return blocking;
}
