/**
 * The component tree under an asset in one recursive query, scoped by household and
 * walking only through components the caller may see. Rows for hidden components that
 * hang directly under a visible one are kept (flagged `visible: false`) so deletes can
 * detach them; their own subtrees are not read.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import type { AssetStatus } from "@/lib/server/db/generated/enums";
import { visibleAssetsSql } from "@/lib/core/visibility/visible-assets-sql";

export interface SubtreeRow {
  id: string;
  parentId: string | null;
  name: string;
  status: AssetStatus;
  depth: number;
  visible: boolean;
}

/** Empty when the root does not exist in the household or the caller may not see it. */
export function assetSubtree(client: DatabaseTransaction, auth: AuthContext, rootId: string): Promise<SubtreeRow[]> {
  return client.$queryRaw<SubtreeRow[]>`
    WITH RECURSIVE subtree AS (
      SELECT a.id, a."parentId", a.name, a.status, 0 AS depth, TRUE AS visible
      FROM "Asset" a
      WHERE a.id = ${rootId}::uuid AND ${visibleAssetsSql(auth, "a")}
      UNION ALL
      SELECT c.id, c."parentId", c.name, c.status, subtree.depth + 1, ${visibleAssetsSql(auth, "c")}
      FROM "Asset" c
      JOIN subtree ON c."parentId" = subtree.id AND subtree.visible
      WHERE c."householdId" = ${auth.householdId}::uuid AND subtree.depth < 1000
    )
    SELECT id, "parentId", name, status::text AS status, depth, visible FROM subtree`;
}
