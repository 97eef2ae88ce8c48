/** The component tree under a visible asset, to any depth, from one recursive query. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { assetSubtree } from "./asset-subtree";
import type { TAssetTreeNode } from "./schemas";

export async function getAssetTree(auth: AuthContext, id: string): Promise<TAssetTreeNode> {
  const rows = (await assetSubtree(db(), auth, id)).filter((row) => row.visible);
  const nodes = new Map(
    rows.map((row) => [row.id, { id: row.id, name: row.name, status: row.status, components: [] as TAssetTreeNode[] }]),
  );
  let root: TAssetTreeNode | undefined;
  for (const row of rows) {
    const node = nodes.get(row.id) as TAssetTreeNode;
    if (row.depth === 0) root = node;
    else if (row.parentId) nodes.get(row.parentId)?.components.push(node);
  }
  if (!root) throw notFound("Asset");
  for (const node of nodes.values()) node.components.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return root;
}
