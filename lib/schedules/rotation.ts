/**
 * Who gets the next occurrence. NONE and EACH assign every default assignee; ROUND_ROBIN
 * takes the one after whoever had the previous occurrence; LEAST_COMPLETED the one who
 * completed this schedule least often (ties: list order). People who left the household
 * are skipped.
 */
import "server-only";
import type { DatabaseTransaction, Schedule } from "@/lib/server/db/client";

/** `forTaskId`: re-assigning an existing task, which must not count as "the previous one". */
export async function pickAssignees(tx: DatabaseTransaction, schedule: Schedule, forTaskId?: string): Promise<string[]> {
  const members = await tx.membership.findMany({
    where: { householdId: schedule.householdId, userId: { in: schedule.defaultAssigneeIds } },
    select: { userId: true },
  });
  const memberIds = new Set(members.map((m) => m.userId));
  const candidates = schedule.defaultAssigneeIds.filter((id) => memberIds.has(id));
  if (candidates.length <= 1 || schedule.assignmentMode === "EACH" || schedule.rotation === "NONE") return candidates;

  if (schedule.rotation === "ROUND_ROBIN") {
    const previous = await tx.task.findFirst({
      where: {
        householdId: schedule.householdId,
        scheduleId: schedule.id,
        parentTaskId: null,
        assignees: { some: {} },
        ...(forTaskId ? { id: { not: forTaskId } } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { assignees: { select: { userId: true } } },
    });
    const lastIndex = Math.max(-1, ...(previous?.assignees ?? []).map((a) => candidates.indexOf(a.userId)));
    return [candidates[(lastIndex + 1) % candidates.length] as string];
  }

  const counts = await tx.task.groupBy({
    by: ["completedById"],
    where: { householdId: schedule.householdId, scheduleId: schedule.id, status: "DONE", completedById: { in: candidates } },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((c) => [c.completedById, c._count._all]));
  let best = candidates[0] as string;
  for (const id of candidates) if ((countOf.get(id) ?? 0) < (countOf.get(best) ?? 0)) best = id;
  return [best];
}
