/**
 * The one way a task row is written and read back: ad-hoc tasks, subtasks and schedule
 * occurrences all go through insertTask, and every query that returns a task for the
 * API includes its assignees the same way.
 */
import "server-only";
import { fromCalendarDate, type CalendarDate } from "@/lib/core/calendar-date";
import type { DatabaseTransaction, Prisma } from "@/lib/server/db/client";

export const taskInclude = { assignees: { orderBy: { userId: "asc" } } } as const satisfies Prisma.TaskInclude;
export type TaskWithAssignees = Prisma.TaskGetPayload<{ include: typeof taskInclude }>;

/** A new task's columns; its planned day as a calendar date and its assignees as ids (duplicates ignored). */
export type NewTask = Omit<Prisma.TaskUncheckedCreateInput, "id" | "plannedOn" | "assignees" | "createdAt" | "updatedAt"> & {
  plannedOn: CalendarDate | null;
  assigneeIds: readonly string[];
};

export function insertTask(tx: DatabaseTransaction, { plannedOn, assigneeIds, ...task }: NewTask): Promise<TaskWithAssignees> {
  return tx.task.create({
    data: {
      ...task,
      plannedOn: fromCalendarDate(plannedOn),
      assignees: { create: [...new Set(assigneeIds)].map((userId) => ({ userId })) },
    },
    include: taskInclude,
  });
}
