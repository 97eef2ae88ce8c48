/**
 * `visibleAssetsWhere` for raw SQL (recursive CTEs and aggregates Prisma cannot
 * express). Same rule, same columns: the household's assets that are HOUSEHOLD-visible,
 * owned by the caller, or SHARED with them. visible-assets-sql.int.test.ts checks that
 * both give the same rows, so they cannot drift apart.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { Prisma } from "@/lib/server/db/client";

export function visibleAssetsSql(auth: Pick<AuthContext, "householdId" | "userId">, alias = "a"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Invalid SQL alias: ${alias}`);
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${a}."householdId" = ${auth.householdId}::uuid AND (
    ${a}."visibility" = 'HOUSEHOLD'
    OR ${a}."ownerId" = ${auth.userId}::uuid
    OR (${a}."visibility" = 'SHARED' AND EXISTS (
      SELECT 1 FROM "AssetShare" AS share WHERE share."assetId" = ${a}."id" AND share."userId" = ${auth.userId}::uuid))))`;
}
