import "server-only";
import { toCalendarDate } from "@/lib/core/calendar-date";
import type { TaskWithAssignees } from "@/lib/core/task-row";
import type { Prisma } from "@/lib/server/db/client";
import { ZTaskRequirements } from "@/lib/schedules/schemas";
import type { TTaskOut } from "./schemas";

export const stringArray = (value: Prisma.JsonValue): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

export function toTaskOut(task: TaskWithAssignees): TTaskOut {
  const plannedOn = toCalendarDate(task.plannedOn);
  const rescheduledOn = toCalendarDate(task.rescheduledOn);
  return {
    id: task.id,
    scheduleId: task.scheduleId,
    assetId: task.assetId,
    parentTaskId: task.parentTaskId,
    isRequired: task.isRequired,
    title: task.title,
    notes: task.notes,
    status: task.status,
    priority: task.priority,
    plannedOn,
    rescheduledOn,
    dueOn: rescheduledOn ?? plannedOn,
    completedAt: task.completedAt?.toISOString() ?? null,
    completedById: task.completedById,
    trigger: task.trigger,
    assignmentMode: task.assignmentMode,
    requirements: ZTaskRequirements.parse(task.requirements),
    checklistState: stringArray(task.checklistState),
    completionPhotoIds: task.completionPhotoIds,
    meterReadingValue: task.meterReadingValue?.toNumber() ?? null,
    costMinor: task.costMinor === null ? null : Number(task.costMinor),
    completionNote: task.completionNote,
    assignees: task.assignees.map((a) => ({ userId: a.userId, completedAt: a.completedAt?.toISOString() ?? null })),
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}
