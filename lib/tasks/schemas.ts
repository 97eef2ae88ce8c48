/** The task API contract: occurrences of schedules, ad-hoc tasks and subtasks. */
import "server-only";
import { z } from "zod";
import { TASK_STATUSES } from "@/lib/core/task-status";
import { MAX_YEAR, MIN_YEAR, zCalendarDate, zMultilineText, zText } from "@/lib/server/validation/input";
import { ZCalendarDate } from "@/lib/schedules/engine";
import { ZAssignmentMode, ZPriority, ZTaskRequirements } from "@/lib/schedules/schemas";

export const ZTaskStatus = z.enum(TASK_STATUSES);

export const ZTaskOut = z.object({
  id: z.uuid(),
  scheduleId: z.uuid().nullable(),
  assetId: z.uuid().nullable(),
  parentTaskId: z.uuid().nullable(),
  isRequired: z.boolean().describe("A subtask that must be closed before its parent can be completed"),
  title: z.string(),
  notes: z.string(),
  status: ZTaskStatus,
  priority: ZPriority,
  plannedOn: ZCalendarDate.nullable(),
  rescheduledOn: ZCalendarDate.nullable(),
  dueOn: ZCalendarDate.nullable().describe("rescheduledOn, else plannedOn"),
  completedAt: z.iso.datetime().nullable(),
  completedById: z.uuid().nullable(),
  trigger: z.enum(["DATE", "USAGE", "DEPENDENCY"]).nullable(),
  assignmentMode: ZAssignmentMode,
  requirements: ZTaskRequirements,
  checklistState: z.array(z.string()),
  completionPhotoIds: z.array(z.uuid()),
  meterReadingValue: z.number().nullable(),
  costMinor: z.number().nullable(),
  completionNote: z.string().nullable().describe("In EACH mode every assignee's note, each on its own paragraph after their name"),
  assignees: z.array(z.object({ userId: z.uuid(), completedAt: z.iso.datetime().nullable() })),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TTaskOut = z.infer<typeof ZTaskOut>;

export const ZTaskPage = z.object({
  items: z.array(ZTaskOut),
  nextCursor: z.string().nullable().describe("Opaque; only valid with the same sort"),
});
export type TTaskPage = z.infer<typeof ZTaskPage>;

/** "true"/"false" from a query string, or a boolean from code calling the use case. */
const booleanFlag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

export const ZListTasksQuery = z.object({
  mine: booleanFlag.optional().describe("Only tasks assigned to me"),
  status: z
    .union([ZTaskStatus, z.array(ZTaskStatus)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(3650).optional().describe("Open tasks due on or before today + N"),
  overdue: booleanFlag.optional().describe("Open tasks due before today"),
  assetId: z.uuid().optional(),
  scheduleId: z.uuid().optional(),
  parentTaskId: z.uuid().optional(),
  sort: z
    .enum(["due", "created"])
    .default("due")
    .describe("due: by due date (a reschedule wins), undated last, then id; created: creation order"),
  cursor: zText().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListTasksQuery = z.input<typeof ZListTasksQuery>;

export const ZCreateTask = z.object({
  title: zText().trim().min(1).max(200),
  notes: zMultilineText().max(10_000).default(""),
  assetId: z.uuid().nullable().default(null),
  priority: ZPriority.default("NORMAL"),
  plannedOn: ZCalendarDate.nullable().default(null),
  assigneeIds: z.array(z.uuid()).max(50).default([]),
  assignmentMode: ZAssignmentMode.default("ANY"),
  requirements: ZTaskRequirements.default({ checklist: [], photoCount: 0, meterId: null, noteRequired: false }),
});
export type TCreateTask = z.input<typeof ZCreateTask>;

export const ZUpdateTask = z
  .object({
    title: zText().trim().min(1).max(200),
    notes: zMultilineText().max(10_000),
    priority: ZPriority,
    status: z.enum(["OPEN", "IN_PROGRESS", "BLOCKED", "CANCELLED"]).describe("DONE and SKIPPED go through /complete and /skip"),
    plannedOn: ZCalendarDate.nullable().describe("Ad-hoc tasks only; move an occurrence with /reschedule"),
    assigneeIds: z.array(z.uuid()).max(50),
    assignmentMode: ZAssignmentMode,
    requirements: ZTaskRequirements.describe("Replaces this task's requirements; ticks of removed checklist items are dropped"),
    checklistState: z.array(zText().max(64)).max(100).describe("Ids of the ticked checklist items"),
    isRequired: z.boolean().describe("Subtasks only: whether this one blocks completing its parent"),
  })
  .partial();
export type TUpdateTask = z.input<typeof ZUpdateTask>;

export const ZCompleteTask = z.object({
  checklist: z.array(zText().max(64)).max(100).optional().describe("Ids of ticked checklist items (added to those already ticked)"),
  photoAttachmentIds: z.array(z.uuid()).max(20).default([]),
  meterReading: z.number().min(0).max(1e12).optional(),
  costMinor: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  note: zMultilineText().trim().max(10_000).optional(),
  completedOn: ZCalendarDate.optional().describe("Back-date the completion; defaults to today"),
});
export type TCompleteTask = z.input<typeof ZCompleteTask>;

export const ZCompleteTaskOut = z.object({
  task: ZTaskOut,
  /** False when an EACH-mode task still waits for other assignees. */
  completed: z.boolean(),
  nextTask: ZTaskOut.nullable(),
  triggeredTaskIds: z
    .array(z.uuid())
    .describe("Tasks that became due: of usage schedules counting the meter reading given, and of schedules waiting for this one"),
});
export type TCompleteTaskOut = z.infer<typeof ZCompleteTaskOut>;

export const ZSkipTask = z.object({ note: zMultilineText().trim().max(10_000).optional() });
export const ZSkipTaskOut = z.object({ task: ZTaskOut, nextTask: ZTaskOut.nullable() });
export type TSkipTaskOut = z.infer<typeof ZSkipTaskOut>;

export const ZRescheduleTask = z.object({ date: ZCalendarDate.nullable().describe("null clears the reschedule") });
export type TRescheduleTask = z.input<typeof ZRescheduleTask>;

export const ZCreateSubtask = ZCreateTask.omit({ assetId: true }).extend({
  isRequired: z.boolean().default(true).describe("false: an optional subtask, which never blocks completing its parent"),
});
export type TCreateSubtask = z.input<typeof ZCreateSubtask>;

export const ZTaskCalendarQuery = z.object({
  month: zText()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Expected YYYY-MM")
    .refine((v) => zCalendarDate().safeParse(`${v}-01`).success, { message: `Expected a month from ${MIN_YEAR}-01 to ${MAX_YEAR}-12` }),
});
export type TTaskCalendarQuery = z.input<typeof ZTaskCalendarQuery>;

export const ZTaskCalendarDay = z.object({
  date: ZCalendarDate,
  tasks: z.array(z.object({ id: z.uuid(), title: z.string(), status: ZTaskStatus, assetName: z.string().nullable() })),
});
export const ZTaskCalendarOut = z.array(ZTaskCalendarDay).describe("Only days with tasks, in date order");
export type TTaskCalendarOut = z.infer<typeof ZTaskCalendarOut>;
