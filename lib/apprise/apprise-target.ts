/** Sealing, masking and scoping of AppriseTarget rows, shared by the use cases. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { openSecret, sealSecret } from "@/lib/server/crypto/secret-box";
import type { Prisma } from "@/lib/server/db/client";
import { can } from "@/lib/core/permissions";
import type { TAppriseTargetOut } from "./schemas";

// Bound into the seal as associated data: a sealed webhook secret cannot pass for an Apprise URL.
const PURPOSE = "apprise-url";

export const sealAppriseUrl = (url: string): string => sealSecret(url, PURPOSE);
export const openAppriseUrl = (sealed: string): string => openSecret(sealed, PURPOSE);

export function appriseScheme(url: string): string {
  return url.slice(0, url.indexOf("://")).toLowerCase();
}

export const maskAppriseUrl = (scheme: string): string => `${scheme}://…`;

interface TargetRow {
  id: string;
  ownerUserId: string | null;
  label: string;
  scheme: string;
  createdAt: Date;
}

export function appriseTargetOut(row: TargetRow): TAppriseTargetOut {
  return {
    id: row.id,
    label: row.label,
    scope: row.ownerUserId === null ? "household" : "me",
    maskedUrl: maskAppriseUrl(row.scheme),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The targets a member sees: their own and the household's (never another member's own). */
export function visibleAppriseTargetsWhere(auth: AuthContext): Prisma.AppriseTargetWhereInput {
  return { householdId: auth.householdId, OR: [{ ownerUserId: auth.userId }, { ownerUserId: null }] };
}

/** The targets a member may change or test: their own, plus the household's for managers. */
export function managedAppriseTargetsWhere(auth: AuthContext): Prisma.AppriseTargetWhereInput {
  return can(auth.role, "household:update")
    ? visibleAppriseTargetsWhere(auth)
    : { householdId: auth.householdId, ownerUserId: auth.userId };
}
