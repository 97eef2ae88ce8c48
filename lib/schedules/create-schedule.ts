/** Creates a schedule and, in the same transaction, its first open task (when one is due). */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { planNextTask } from "./advance-schedule";
import { dependencyColumns, checkScheduleReferences } from "./schedule-references";
import { readScheduleOut } from "./schedule-out";
import { householdClock } from "./schedule-state";
import { withHouseholdHemisphere } from "./seasonal-default";
import { ZCreateSchedule, type TCreateSchedule, type TScheduleChangeOut } from "./schemas";

export async function createSchedule(auth: AuthContext, input: TCreateSchedule, options: { now?: Date } = {}): Promise<TScheduleChangeOut> {
  const data = ZCreateSchedule.parse(input);
  return db().$transaction(async (tx) => {
    const rule = await withHouseholdHemisphere(tx, auth.householdId, data.rule);
    await checkScheduleReferences(tx, auth, { ...data, rule });
    const schedule = await tx.schedule.create({
      data: {
        householdId: auth.householdId,
        assetId: data.assetId,
        title: data.title,
        instructions: data.instructions,
        estimatedMinutes: data.estimatedMinutes,
        rule,
        businessDaysOnly: data.businessDaysOnly,
        blackouts: data.blackouts,
        leadDays: data.leadDays,
        defaultAssigneeIds: data.defaultAssigneeIds,
        rotation: data.rotation,
        assignmentMode: data.assignmentMode,
        priority: data.priority,
        requirements: data.requirements,
        ...dependencyColumns(rule),
      },
    });
    const task = await planNextTask(tx, schedule, await householdClock(tx, auth.householdId, options.now));
    return { schedule: await readScheduleOut(tx, schedule), tasksChanged: 0, tasksCreated: task ? 1 : 0 };
  });
}
