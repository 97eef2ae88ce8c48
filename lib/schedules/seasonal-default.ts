/**
 * A seasonal rule may leave out its hemisphere: it then takes the household's
 * (Household.hemisphere) when it is created, changed or previewed, and keeps it from then
 * on (the stored rule always names one, so a later change of the household's hemisphere
 * does not move existing schedules).
 */
import "server-only";
import { z } from "zod";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import {
  ZActiveMonths,
  ZAfterScheduleRule,
  ZHemisphere,
  ZIntervalRule,
  ZMonthlyRule,
  ZSeasonalRule,
  ZUsageRule,
  ZWhicheverFirstRule,
  type THemisphere,
  type TScheduleRule,
} from "./engine";

const activeMonths = { activeMonths: ZActiveMonths.optional() };
const ZSeasonalRuleInput = ZSeasonalRule.extend({
  hemisphere: ZHemisphere.optional().describe("Defaults to the household's hemisphere"),
});
const ZDateRuleInput = z.discriminatedUnion("kind", [ZIntervalRule, ZMonthlyRule, ZSeasonalRuleInput]);
export type TDateRuleInput = z.infer<typeof ZDateRuleInput>;

/** ZScheduleRule as clients send it: a seasonal rule (also inside WHICHEVER_FIRST) may omit its hemisphere. */
export const ZScheduleRuleInput = z.discriminatedUnion("kind", [
  ZIntervalRule.extend(activeMonths),
  ZMonthlyRule.extend(activeMonths),
  ZSeasonalRuleInput.extend(activeMonths),
  ZUsageRule.extend(activeMonths),
  ZWhicheverFirstRule.extend({ date: ZDateRuleInput, ...activeMonths }),
  ZAfterScheduleRule.extend(activeMonths),
]);
export type TScheduleRuleInput = z.infer<typeof ZScheduleRuleInput>;

function needsHemisphere(rule: TScheduleRuleInput): boolean {
  if (rule.kind === "SEASONAL") return rule.hemisphere === undefined;
  return rule.kind === "WHICHEVER_FIRST" && rule.date.kind === "SEASONAL" && rule.date.hemisphere === undefined;
}

/** The rule with a missing hemisphere filled in. Pure. */
export function withHemisphere(rule: TScheduleRuleInput, hemisphere: THemisphere): TScheduleRule {
  if (rule.kind === "SEASONAL") return { ...rule, hemisphere: rule.hemisphere ?? hemisphere };
  if (rule.kind === "WHICHEVER_FIRST") {
    const date = rule.date.kind === "SEASONAL" ? { ...rule.date, hemisphere: rule.date.hemisphere ?? hemisphere } : rule.date;
    return { ...rule, date };
  }
  return rule;
}

/** The rule with a missing hemisphere taken from the household; reads the household only when needed. */
export async function withHouseholdHemisphere(
  tx: DatabaseTransaction,
  householdId: string,
  rule: TScheduleRuleInput,
): Promise<TScheduleRule> {
  if (!needsHemisphere(rule)) return withHemisphere(rule, "NORTH");
  const { hemisphere } = await tx.household.findUniqueOrThrow({ where: { id: householdId }, select: { hemisphere: true } });
  return withHemisphere(rule, hemisphere);
}
