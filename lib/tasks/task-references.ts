import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { AppError, type FieldError } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import type { TTaskRequirements } from "@/lib/schedules/schemas";
import { findVisibleMeter } from "@/lib/core/visibility/visible-meters";

/** Asset, assignees and requirement meter of an ad-hoc task or subtask, checked in one go. */
export async function checkTaskReferences(
  tx: DatabaseTransaction,
  auth: AuthContext,
  refs: { assetId?: string | null; assigneeIds?: string[]; requirements?: TTaskRequirements },
): Promise<void> {
  const errors: FieldError[] = [];
  if (refs.assetId) {
    const asset = await tx.asset.findFirst({ where: { AND: [visibleAssetsWhere(auth), { id: refs.assetId }] }, select: { id: true } });
    if (!asset) errors.push({ path: "assetId", message: "Choose an existing asset of this household" });
  }
  if (refs.assigneeIds?.length) {
    const members = await tx.membership.findMany({
      where: { householdId: auth.householdId, userId: { in: refs.assigneeIds } },
      select: { userId: true },
    });
    const known = new Set(members.map((m) => m.userId));
    refs.assigneeIds.forEach((id, i) => {
      if (!known.has(id)) errors.push({ path: `assigneeIds.${i}`, message: "Not a member of this household" });
    });
  }
  if (refs.requirements?.meterId) {
    const meter = await findVisibleMeter(tx, auth, refs.requirements.meterId);
    if (!meter) errors.push({ path: "requirements.meterId", message: "Choose an existing meter of this household" });
  }
  if (errors.length > 0) throw new AppError("VALIDATION", "The task refers to records that do not exist.", { fieldErrors: errors });
}
