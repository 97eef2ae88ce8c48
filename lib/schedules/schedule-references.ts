/**
 * Checks what a schedule points at — asset, assignees, meters, prerequisite — inside
 * the writing transaction, and refuses dependency cycles. All failures are collected
 * into one 422 so the editor can mark every bad field at once.
 */
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { AppError, type FieldError } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/assets/visible-assets";
import { detectCycle, formatCyclePath, type TScheduleRule } from "./engine";
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
    const members = await tx.membership.findMany({ where: { householdId, userId: { in: refs.defaultAssigneeIds } }, select: { userId: true } });
    const known = new Set(members.map((m) => m.userId));
    refs.defaultAssigneeIds.forEach((id, i) => {
      if (!known.has(id)) errors.push({ path: `defaultAssigneeIds.${i}`, message: "Not a member of this household" });
    });
  }
  const meterRefs: [string, string][] = [];
  if (refs.requirements?.meterId) meterRefs.push(["requirements.meterId", refs.requirements.meterId]);
  const usage = refs.rule?.kind === "USAGE" ? refs.rule : refs.rule?.kind === "WHICHEVER_FIRST" ? refs.rule.usage : null;
  if (usage?.meterId) meterRefs.push([refs.rule?.kind === "USAGE" ? "rule.meterId" : "rule.usage.meterId", usage.meterId]);
  for (const [path, id] of meterRefs) {
    const meter = await tx.meter.findFirst({ where: { id, householdId }, select: { id: true } });
    if (!meter) errors.push({ path, message: "Choose an existing meter of this household" });
  }

  if (refs.rule?.kind === "AFTER_SCHEDULE") {
    const prerequisiteId = refs.rule.scheduleId;
    await lockDependencies(tx, householdId);
    const prerequisite = await tx.schedule.findFirst({ where: { id: prerequisiteId, householdId }, select: { id: true } });
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
