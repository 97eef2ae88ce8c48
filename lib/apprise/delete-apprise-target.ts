import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { requirePermission } from "@/lib/server/permissions";
import { managedAppriseTargetsWhere, visibleAppriseTargetsWhere } from "./apprise-target";

/** Deletes one of your targets, or a household one (OWNER/ADMIN); anything else is 404. */
export async function deleteAppriseTarget(auth: AuthContext, targetId: string): Promise<void> {
  const { count } = await db().appriseTarget.deleteMany({ where: { AND: [{ id: targetId }, managedAppriseTargetsWhere(auth)] } });
  if (count > 0) return;
  // Not deleted: say 403 only for a household target the caller can see but not manage.
  const visible = await db().appriseTarget.count({ where: { AND: [{ id: targetId }, visibleAppriseTargetsWhere(auth)] } });
  if (visible > 0) requirePermission(auth.role, "household:update");
  throw notFound("Apprise target");
}
