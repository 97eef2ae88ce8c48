import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { requirePermission } from "@/lib/server/permissions";
import { appriseScheme, appriseTargetOut, sealAppriseUrl } from "./apprise-target";
import { assertAppriseUrlAllowed, AppriseUrlRefusedError } from "./scheme-policy";
import { ZCreateAppriseTarget, type TAppriseTargetOut, type TCreateAppriseTarget } from "./schemas";

/**
 * Adds an Apprise URL for you ("me") or for the whole household (OWNER/ADMIN); stored
 * sealed. A URL the scheme policy refuses is a 422 that says why.
 */
export async function createAppriseTarget(auth: AuthContext, input: TCreateAppriseTarget): Promise<TAppriseTargetOut> {
  const data = ZCreateAppriseTarget.parse(input);
  if (data.scope === "household") requirePermission(auth.role, "household:update");
  try {
    await assertAppriseUrlAllowed(data.url);
  } catch (error) {
    if (!(error instanceof AppriseUrlRefusedError)) throw error;
    throw new AppError("VALIDATION", error.message, { fieldErrors: [{ path: "url", message: error.message }] });
  }
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
