/**
 * The WHERE clause that scopes asset queries to what the caller may see: their
 * household, and within it HOUSEHOLD assets, their own, and SHARED ones naming them.
 * Every asset query starts from this, so visibility is never checked after the fact.
 */
import "server-only";
import type { Prisma } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";

export function visibleAssetsWhere(auth: Pick<AuthContext, "householdId" | "userId">): Prisma.AssetWhereInput {
  return {
    householdId: auth.householdId,
    OR: [{ visibility: "HOUSEHOLD" }, { ownerId: auth.userId }, { visibility: "SHARED", shares: { some: { userId: auth.userId } } }],
  };
}
