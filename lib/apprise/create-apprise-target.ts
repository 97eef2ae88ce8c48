import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { requirePermission } from "@/lib/server/permissions";
import { appriseScheme, appriseTargetOut, sealAppriseUrl } from "./apprise-target";
import { ZCreateAppriseTarget, type TAppriseTargetOut, type TCreateAppriseTarget } from "./schemas";

/** Adds an Apprise URL for you ("me") or for the whole household (OWNER/ADMIN); stored sealed. */
export async function createAppriseTarget(auth: AuthContext, input: TCreateAppriseTarget): Promise<TAppriseTargetOut> {
  const data = ZCreateAppriseTarget.parse(input);
  if (data.scope === "household") requirePermission(auth.role, "household:update");
  const row = await db().appriseTarget.create({
    data: {
      householdId: auth.householdId,
      ownerUserId: data.scope === "me" ? auth.userId : null,
      label: data.label,
      scheme: appriseScheme(data.url),
      urlSealed: sealAppriseUrl(data.url),
    },
  });
  return appriseTargetOut(row);
}
