/**
 * The schedule API contract: what clients send and get back. Rules are the engine's
 * own `ZScheduleRule`, so the editor, the API and the engine agree on one shape.
 */
import "server-only";
import { z } from "zod";
import { zMultilineText, zText } from "@/lib/server/validation/input";
import { ZBlackout, ZCalendarDate, ZScheduleRule } from "./engine";
import { ZScheduleRuleInput } from "./seasonal-default";

export const ZChecklistItem = z.object({
  id: zText().trim().min(1).max(64),
  label: zText().trim().min(1).max(200),
  required: z.boolean().default(true),
});

/** What a person must provide to complete an occurrence. */
export const ZTaskRequirements = z
  .object({
    checklist: z.array(ZChecklistItem).max(100).default([]),
    photoCount: z.int().min(0).max(20).default(0),
    meterId: z.uuid().nullable().default(null),
    noteRequired: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    const ids = r.checklist.map((item) => item.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: "custom", message: "Checklist item ids must be unique", path: ["checklist"] });
  });
export type TTaskRequirements = z.infer<typeof ZTaskRequirements>;

export const ZRotation = z.enum(["NONE", "ROUND_ROBIN", "LEAST_COMPLETED"]);
export const ZAssignmentMode = z.enum(["ANY", "EACH"]);
export const ZPriority = z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]);

const scheduleFields = {
  title: zText().trim().min(1).max(200),
  assetId: z.uuid().nullable(),
  instructions: zMultilineText().max(10_000),
  estimatedMinutes: z.int().min(1).max(100_000).nullable(),
  rule: ZScheduleRuleInput,
  businessDaysOnly: z.boolean(),
  blackouts: z.array(ZBlackout).max(100),
  leadDays: z.int().min(0).max(365),
  defaultAssigneeIds: z.array(z.uuid()).max(50),
  rotation: ZRotation,
  assignmentMode: ZAssignmentMode,
  priority: ZPriority,
  requirements: ZTaskRequirements,
};

export const ZCreateSchedule = z.object({
  ...scheduleFields,
  assetId: scheduleFields.assetId.default(null),
  instructions: scheduleFields.instructions.default(""),
  estimatedMinutes: scheduleFields.estimatedMinutes.default(null),
  businessDaysOnly: scheduleFields.businessDaysOnly.default(false),
  blackouts: scheduleFields.blackouts.default([]),
  leadDays: scheduleFields.leadDays.default(0),
  defaultAssigneeIds: scheduleFields.defaultAssigneeIds.default([]),
  rotation: scheduleFields.rotation.default("NONE"),
  assignmentMode: scheduleFields.assignmentMode.default("ANY"),
  priority: scheduleFields.priority.default("NORMAL"),
  requirements: ZTaskRequirements.default({ checklist: [], photoCount: 0, meterId: null, noteRequired: false }),
});
export type TCreateSchedule = z.input<typeof ZCreateSchedule>;

export const ZUpdateSchedule = z.object(scheduleFields).partial();
export type TUpdateSchedule = z.input<typeof ZUpdateSchedule>;

export const ZScheduleOut = z.object({
  id: z.uuid(),
  assetId: z.uuid().nullable(),
  title: z.string(),
  instructions: z.string(),
  estimatedMinutes: z.int().nullable(),
  rule: ZScheduleRule,
  description: z.string().describe("The rule in words"),
  businessDaysOnly: z.boolean(),
  blackouts: z.array(ZBlackout),
  leadDays: z.int(),
  defaultAssigneeIds: z.array(z.uuid()),
  rotation: ZRotation,
  assignmentMode: ZAssignmentMode,
  priority: ZPriority,
  requirements: ZTaskRequirements,
  paused: z.boolean(),
  dependsOnScheduleId: z.uuid().nullable(),
  dependencyOffsetDays: z.int(),
  nextTask: z
    .object({ id: z.uuid(), dueOn: ZCalendarDate.nullable(), trigger: z.enum(["DATE", "USAGE", "DEPENDENCY"]).nullable() })
    .nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TScheduleOut = z.infer<typeof ZScheduleOut>;

export const ZScheduleChangeOut = z.object({
  schedule: ZScheduleOut,
  tasksChanged: z.int().describe("Open future occurrences re-dated, re-assigned or cancelled"),
  tasksCreated: z.int(),
});
export type TScheduleChangeOut = z.infer<typeof ZScheduleChangeOut>;

export const ZPreviewSchedule = z.object({
  rule: ZScheduleRuleInput,
  businessDaysOnly: z.boolean().default(false),
  blackouts: z.array(ZBlackout).max(100).default([]),
  count: z.int().min(1).max(20).default(5),
  from: ZCalendarDate.optional().describe("Defaults to the household's today"),
});
export type TPreviewSchedule = z.input<typeof ZPreviewSchedule>;

export const ZPreviewOut = z.object({
  description: z.string(),
  dates: z.array(
    z.object({
      dueOn: ZCalendarDate,
      trigger: z.enum(["DATE", "USAGE", "DEPENDENCY"]),
      estimated: z.boolean(),
      adjustedFor: z.array(z.string()),
    }),
  ),
});
export type TPreviewOut = z.infer<typeof ZPreviewOut>;

export const ZListSchedulesQuery = z.object({
  assetId: z.uuid().optional(),
  paused: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
});

export const ZScheduleHistoryQuery = z.object({
  cursor: zText().max(500).optional().describe("nextCursor of the previous page"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TScheduleHistoryQuery = z.input<typeof ZScheduleHistoryQuery>;

/** A household member by id and display name; name is null once they have left the household. */
const ZHistoryPerson = z.object({ userId: z.uuid(), name: z.string().nullable() });

export const ZScheduleHistoryEntry = z.object({
  taskId: z.uuid(),
  title: z.string(),
  status: z.enum(["DONE", "SKIPPED", "CANCELLED"]),
  plannedOn: ZCalendarDate.nullable().describe("The day the schedule planned"),
  rescheduledOn: ZCalendarDate.nullable().describe("The day a person moved this occurrence to"),
  dueOn: ZCalendarDate.nullable().describe("rescheduledOn, else plannedOn"),
  completedAt: z.iso.datetime().nullable(),
  completedOn: ZCalendarDate.nullable().describe("completedAt as a day in the household's time zone"),
  daysLate: z
    .int()
    .nullable()
    .describe("completedOn − dueOn in household days: 0 on time, negative early; null when skipped, cancelled or undated"),
  completedBy: ZHistoryPerson.nullable(),
  assignmentMode: ZAssignmentMode,
  assignees: z.array(ZHistoryPerson.extend({ completedAt: z.iso.datetime().nullable(), completedOn: ZCalendarDate.nullable() })),
  notes: z.string(),
  completionNote: z.string().nullable(),
  meterReadingValue: z.number().nullable(),
  costMinor: z.int().nullable().describe("In the household currency's minor units"),
  trigger: z.enum(["DATE", "USAGE", "DEPENDENCY"]).nullable().describe("What made this occurrence due"),
});
export type TScheduleHistoryEntry = z.infer<typeof ZScheduleHistoryEntry>;

export const ZScheduleHistoryPage = z.object({
  items: z.array(ZScheduleHistoryEntry).describe("Done, skipped and cancelled occurrences, latest planned first"),
  nextCursor: z.string().nullable(),
});
export type TScheduleHistoryPage = z.infer<typeof ZScheduleHistoryPage>;
