import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { requirePermission } from "@/lib/server/permissions";
import { managedAppriseTargetsWhere, openAppriseUrl, visibleAppriseTargetsWhere } from "./apprise-target";
import { ZTestApprise, type TAppriseTestOut, type TTestApprise } from "./schemas";
import { AppriseError, sendApprise, type SendAppriseOptions } from "./send-apprise";

/**
 * Sends a test message now, synchronously, so the answer says whether Apprise took it.
 * Failures (not configured, unreachable, rejected) come back as `{ok: false, detail}`:
 * they are the answer to the question the user asked, not an error of this request.
 */
export async function sendTestApprise(auth: AuthContext, input: TTestApprise, options: SendAppriseOptions = {}): Promise<TAppriseTestOut> {
  const { targetId } = ZTestApprise.parse(input);
  const where = targetId ? { AND: [{ id: targetId }, managedAppriseTargetsWhere(auth)] } : managedAppriseTargetsWhere(auth);
  const targets = await db().appriseTarget.findMany({ where, select: { urlSealed: true }, orderBy: { id: "asc" } });
  if (targetId && targets.length === 0) {
    const visible = await db().appriseTarget.count({ where: { AND: [{ id: targetId }, visibleAppriseTargetsWhere(auth)] } });
    if (visible > 0) requirePermission(auth.role, "household:update");
    throw notFound("Apprise target");
  }
  if (targets.length === 0) return { ok: false, detail: "You have no Apprise targets to test." };
  try {
    const result = await sendApprise(
      targets.map((t) => openAppriseUrl(t.urlSealed)),
      { title: "DumbAssets test notification", body: "If you can read this, Apprise notifications from DumbAssets reach you." },
      options,
    );
    return { ok: true, detail: result.detail };
  } catch (error) {
    if (error instanceof AppriseError) return { ok: false, detail: error.message };
    throw error;
  }
}
