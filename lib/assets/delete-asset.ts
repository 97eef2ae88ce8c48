/**
 * Deletes an asset, deciding what happens to its components:
 *  - "detach" (default): they become top-level assets;
 *  - "reparent": they move to the deleted asset's parent (top level if it had none);
 *  - "delete": the whole subtree goes. Components the caller cannot see (someone's
 *    private part) are never deleted by them: those are detached instead.
 * Attachment rows go with their assets (ON DELETE CASCADE); their stored files are
 * named inside the transaction and removed once it has committed (remove-asset-files.ts
 * explains the order). The result lists every deleted asset id.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { emitWebhookEvent } from "@/lib/webhooks/emit-event";
import { assetEventData } from "@/lib/webhooks/asset-event";
import { notFound } from "@/lib/server/errors/app-error";
import { collectAttachmentKeys, deleteStoredFiles } from "@/lib/attachments/remove-asset-files";
import { lockAssetTree } from "./asset-references";
import { assetSubtree } from "./asset-subtree";
import { ZDeleteAssetQuery, type TDeleteAssetOut, type TDeleteAssetQuery } from "./schemas";

export async function deleteAsset(auth: AuthContext, id: string, query: Partial<TDeleteAssetQuery> = {}): Promise<TDeleteAssetOut> {
  const { components } = ZDeleteAssetQuery.parse(query);
  const householdId = auth.householdId;
  const { deletedAssetIds, fileKeys } = await db().$transaction(async (tx) => {
    await lockAssetTree(tx, householdId);
    const subtree = await assetSubtree(tx, auth, id);
    const root = subtree.find((row) => row.depth === 0);
    if (!root) throw notFound("Asset");
    const deleted = await tx.asset.findFirstOrThrow({
      where: { householdId, id: root.id },
      select: { id: true, name: true, visibility: true },
    });

    let deletedAssetIds: string[];
    if (components === "delete") {
      deletedAssetIds = subtree.filter((row) => row.visible).map((row) => row.id);
      const hidden = subtree.filter((row) => !row.visible).map((row) => row.id);
      if (hidden.length > 0) await tx.asset.updateMany({ where: { householdId, id: { in: hidden } }, data: { parentId: null } });
    } else {
      deletedAssetIds = [root.id];
      await tx.asset.updateMany({
        where: { householdId, parentId: root.id },
        data: { parentId: components === "reparent" ? root.parentId : null },
      });
    }

    const fileKeys = await collectAttachmentKeys(householdId, deletedAssetIds, tx);
    await tx.asset.deleteMany({ where: { householdId, id: { in: deletedAssetIds } } });
    await emitWebhookEvent(tx, householdId, { type: "asset.deleted", data: assetEventData(deleted, { deletedAssetIds, components }) });
    return { deletedAssetIds, fileKeys };
  });
  await deleteStoredFiles(fileKeys);
  return { deletedAssetIds };
}
