import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { appriseTargetOut, visibleAppriseTargetsWhere } from "./apprise-target";
import type { TAppriseTargetOut } from "./schemas";

/** Your own Apprise targets and the household's, URLs masked. */
export async function listAppriseTargets(auth: AuthContext): Promise<TAppriseTargetOut[]> {
  const rows = await db().appriseTarget.findMany({ where: visibleAppriseTargetsWhere(auth), orderBy: { id: "asc" } });
  return rows.map(appriseTargetOut);
}
