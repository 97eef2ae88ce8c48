import "server-only";
import { toCalendarDate } from "@/lib/core/calendar-date";
import type { DatabaseTransaction, Schedule } from "@/lib/server/db/client";
import { describeRule, ZBlackout } from "./engine";
import { openOccurrence } from "./advance-schedule";
import { ruleOf } from "./schedule-state";
import { ZTaskRequirements, type TScheduleOut } from "./schemas";

export async function readScheduleOut(tx: DatabaseTransaction, schedule: Schedule): Promise<TScheduleOut> {
  const rule = ruleOf(schedule);
  const [open, prerequisite] = await Promise.all([
    openOccurrence(tx, schedule),
    rule.kind === "AFTER_SCHEDULE"
      ? tx.schedule.findFirst({ where: { id: rule.scheduleId, householdId: schedule.householdId }, select: { title: true } })
      : null,
  ]);
  return {
    id: schedule.id,
    assetId: schedule.assetId,
    title: schedule.title,
    instructions: schedule.instructions,
    estimatedMinutes: schedule.estimatedMinutes,
    rule,
    description: describeRule(rule, { scheduleName: () => prerequisite?.title }),
    businessDaysOnly: schedule.businessDaysOnly,
    blackouts: ZBlackout.array().parse(schedule.blackouts),
    leadDays: schedule.leadDays,
    defaultAssigneeIds: schedule.defaultAssigneeIds,
    rotation: schedule.rotation,
    assignmentMode: schedule.assignmentMode,
    priority: schedule.priority,
    requirements: ZTaskRequirements.parse(schedule.requirements),
    paused: schedule.paused,
    dependsOnScheduleId: schedule.dependsOnScheduleId,
    dependencyOffsetDays: schedule.dependencyOffsetDays,
    nextTask: open ? { id: open.id, dueOn: toCalendarDate(open.rescheduledOn ?? open.plannedOn), trigger: open.trigger } : null,
    createdAt: schedule.createdAt.toISOString(),
    updatedAt: schedule.updatedAt.toISOString(),
  };
}
