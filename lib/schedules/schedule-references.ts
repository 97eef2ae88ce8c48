/**
 * Checks what a schedule points at — asset, assignees, meters, prerequisite — inside
 * the writing transaction, and refuses dependency cycles. All failures are collected
 * into one 422 so the editor can mark every bad field at once.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { AppError, type FieldError } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { findVisibleMeter, visibleMetersWhere } from "@/lib/core/visibility/visible-meters";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";
import { detectCycle, formatCyclePath, type TScheduleRule } from "./engine";
import { ruleOf } from "./schedule-state";
import type { TTaskRequirements } from "./schemas";

export interface ScheduleReferences {
  assetId?: string | null;
  defaultAssigneeIds?: string[];
  requirements?: TTaskRequirements;
  rule?: TScheduleRule;
}

/** Serialises dependency edits of a household, so two edits cannot close a cycle together. */
async function lockDependencies(tx: DatabaseTransaction, householdId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`schedule-deps:${householdId}`}, 0))`;
}

export function dependencyColumns(rule: TScheduleRule): { dependsOnScheduleId: string | null; dependencyOffsetDays: number } {
  return rule.kind === "AFTER_SCHEDULE"
    ? { dependsOnScheduleId: rule.scheduleId, dependencyOffsetDays: rule.offsetDays ?? 0 }
    : { dependsOnScheduleId: null, dependencyOffsetDays: 0 };
}

/**
 * A usage rule (alone or in "whichever comes first") counts a meter of the schedule's
 * asset that the caller can see: its meterId, or else the asset's first meter. Without
 * one it could never fire. On PATCH, the rule or asset not sent are the stored ones.
 */
async function checkUsageMeter(
  tx: DatabaseTransaction,
  auth: AuthContext,
  refs: ScheduleReferences,
  scheduleId?: string,
): Promise<FieldError[]> {
  if (refs.rule === undefined && refs.assetId === undefined) return [];
  const stored =
    scheduleId && (refs.rule === undefined || refs.assetId === undefined)
      ? await tx.schedule.findFirst({
          where: { AND: [await visibleToCaller(tx, auth), { id: scheduleId }] },
          select: { rule: true, assetId: true },
        })
      : null;
  const rule = refs.rule ?? (stored ? ruleOf(stored) : undefined);
  const assetId = refs.assetId !== undefined ? refs.assetId : (stored?.assetId ?? null);
  const usage = rule?.kind === "USAGE" ? rule : rule?.kind === "WHICHEVER_FIRST" ? rule.usage : null;
  if (!usage) return [];
  const path = rule?.kind === "USAGE" ? "rule.meterId" : "rule.usage.meterId";
  if (!assetId) return [{ path: "assetId", message: "A usage-based schedule belongs to an asset with a meter" }];
  const visibleMeters = await visibleMetersWhere(tx, auth);
  if (usage.meterId) {
    const meter = await tx.meter.findFirst({ where: { AND: [visibleMeters, { id: usage.meterId }] }, select: { assetId: true } });
    if (!meter) return [{ path, message: "Choose an existing meter of this household" }];
    if (meter.assetId !== assetId) return [{ path, message: "Choose a meter of the schedule's asset" }];
    return [];
  }
  const first = await tx.meter.findFirst({ where: { AND: [visibleMeters, { assetId }] }, select: { id: true } });
  return first ? [] : [{ path, message: "The asset has no meter to count; add one or choose meterId" }];
}

export async function checkScheduleReferences(
  tx: DatabaseTransaction,
  auth: AuthContext,
  refs: ScheduleReferences,
  scheduleId?: string,
): Promise<void> {
  const householdId = auth.householdId;
  const errors: FieldError[] = [];
  if (refs.assetId) {
    const asset = await tx.asset.findFirst({ where: { AND: [visibleAssetsWhere(auth), { id: refs.assetId }] }, select: { id: true } });
    if (!asset) errors.push({ path: "assetId", message: "Choose an existing asset of this household" });
  }
  if (refs.defaultAssigneeIds?.length) {
    const members = await tx.membership.findMany({
      where: { householdId, userId: { in: refs.defaultAssigneeIds } },
      select: { userId: true },
    });
    const known = new Set(members.map((m) => m.userId));
    refs.defaultAssigneeIds.forEach((id, i) => {
      if (!known.has(id)) errors.push({ path: `defaultAssigneeIds.${i}`, message: "Not a member of this household" });
    });
  }
  if (refs.requirements?.meterId && !(await findVisibleMeter(tx, auth, refs.requirements.meterId))) {
    errors.push({ path: "requirements.meterId", message: "Choose an existing meter of this household" });
  }
  errors.push(...(await checkUsageMeter(tx, auth, refs, scheduleId)));

  if (refs.rule?.kind === "AFTER_SCHEDULE") {
    const prerequisiteId = refs.rule.scheduleId;
    await lockDependencies(tx, householdId);
    const prerequisite = await tx.schedule.findFirst({
      where: { AND: [await visibleToCaller(tx, auth), { id: prerequisiteId }] },
      select: { id: true },
    });
    if (!prerequisite) errors.push({ path: "rule.scheduleId", message: "Choose an existing schedule of this household" });
    else if (scheduleId) {
      const edges = await tx.schedule.findMany({
        where: { householdId, dependsOnScheduleId: { not: null }, id: { not: scheduleId } },
        select: { id: true, title: true, dependsOnScheduleId: true },
      });
      const titles = new Map(edges.map((e) => [e.id, e.title]));
      const own = await tx.schedule.findFirst({ where: { id: scheduleId, householdId }, select: { title: true } });
      if (own) titles.set(scheduleId, own.title);
      if (!titles.has(prerequisiteId)) {
        const p = await tx.schedule.findFirst({ where: { id: prerequisiteId, householdId }, select: { title: true } });
        if (p) titles.set(prerequisiteId, p.title);
      }
      const cycle = detectCycle(
        edges.flatMap((e) => (e.dependsOnScheduleId ? [{ dependent: e.id, prerequisite: e.dependsOnScheduleId }] : [])),
        { dependent: scheduleId, prerequisite: prerequisiteId },
      );
      if (cycle) {
        throw new AppError("VALIDATION", `This dependency would create a cycle: ${formatCyclePath(cycle, (id) => titles.get(id) ?? id)}`, {
          fieldErrors: [{ path: "rule.scheduleId", message: `Dependency cycle: ${formatCyclePath(cycle, (id) => titles.get(id) ?? id)}` }],
        });
      }
    }
  }
  if (errors.length > 0) throw new AppError("VALIDATION", "The schedule refers to records that do not exist.", { fieldErrors: errors });
}
