/** The editor's live preview: the next dates and the rule in words, nothing saved. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { findVisibleMeter } from "@/lib/core/visibility/visible-meters";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";
import { describeRule, previewOccurrences, type TMeterReading } from "./engine";
import { cumulativeReadings, engineSchedule, householdClock } from "./schedule-state";
import { ZPreviewSchedule, type TPreviewOut, type TPreviewSchedule } from "./schemas";
import { withHouseholdHemisphere } from "./seasonal-default";

export async function previewSchedule(auth: AuthContext, input: TPreviewSchedule, options: { now?: Date } = {}): Promise<TPreviewOut> {
  const parsed = ZPreviewSchedule.parse(input);
  const data = { ...parsed, rule: await withHouseholdHemisphere(db(), auth.householdId, parsed.rule) };
  const clock = await householdClock(db(), auth.householdId, options.now);
  let scheduleName: string | undefined;
  if (data.rule.kind === "AFTER_SCHEDULE") {
    const prerequisite = await db().schedule.findFirst({
      where: { AND: [await visibleToCaller(db(), auth), { id: data.rule.scheduleId }] },
      select: { title: true },
    });
    if (!prerequisite)
      throw new AppError("VALIDATION", "Choose an existing schedule of this household", {
        fieldErrors: [{ path: "rule.scheduleId", message: "Not found" }],
      });
    scheduleName = prerequisite.title;
  }
  const schedule = engineSchedule(
    { rule: data.rule, blackouts: data.blackouts, businessDaysOnly: data.businessDaysOnly },
    clock,
    data.rule,
  );
  // A usage rule previews from its meter's real readings (their average rate).
  const usage = data.rule.kind === "USAGE" ? data.rule : data.rule.kind === "WHICHEVER_FIRST" ? data.rule.usage : null;
  let readings: TMeterReading[] = [];
  if (usage?.meterId) {
    // Only a meter the caller may see: its readings would otherwise leak through the projected dates.
    const meter = await findVisibleMeter(db(), auth, usage.meterId);
    const path = data.rule.kind === "USAGE" ? "rule.meterId" : "rule.usage.meterId";
    if (!meter)
      throw new AppError("VALIDATION", "Choose an existing meter of this household", { fieldErrors: [{ path, message: "Not found" }] });
    readings = await cumulativeReadings(db(), auth.householdId, meter.id);
  }
  const dates = previewOccurrences(schedule, data.from ?? clock.today, data.count, { timeZone: clock.timeZone, readings });
  return {
    description: describeRule(data.rule, { scheduleName: () => scheduleName }),
    dates: dates.map((d) => ({ dueOn: d.dueOn, trigger: d.trigger, estimated: d.estimated, adjustedFor: d.adjustedFor })),
  };
}
