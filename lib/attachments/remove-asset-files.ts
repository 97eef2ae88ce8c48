/**
 * Removing the stored files of deleted assets. Attachment rows go with their asset
 * (ON DELETE CASCADE), so the storage keys must be read BEFORE the asset rows are
 * deleted, and the files removed only AFTER that deletion has committed: a rolled-back
 * delete must not lose files, and a committed one leaves at worst orphaned files
 * (harmless; a sweeper can collect them later), never rows pointing at nothing.
 *
 * In deleteAsset:
 *   const keys = await db().$transaction(async (tx) => {
 *     const keys = await collectAttachmentKeys(auth.householdId, idsBeingDeleted, tx);
 *     await tx.asset.deleteMany({ where: { id: { in: idsBeingDeleted }, householdId: auth.householdId } });
 *     return keys;
 *   });
 *   await deleteStoredFiles(keys);
 */
import "server-only";
import { db, type DatabaseTransaction } from "@/lib/server/db/client";
import { logger } from "@/lib/server/logger";
import { fileStorage } from "@/lib/storage/file-storage";

/**
 * The storage keys (files and thumbnails) of the given assets' attachments.
 *
 * Call it inside the transaction that deletes the assets, passing that transaction:
 * it locks the asset rows (FOR UPDATE), so an upload racing the delete cannot add an
 * attachment between this read and the cascade — its insert waits for the delete to
 * commit, then fails on the foreign key and removes its own files.
 */
export async function collectAttachmentKeys(
  householdId: string,
  assetIds: readonly string[],
  client: DatabaseTransaction = db(),
): Promise<string[]> {
  if (assetIds.length === 0) return [];
  await client.$queryRaw`
    SELECT "id" FROM "Asset"
    WHERE "householdId" = ${householdId}::uuid AND "id" = ANY(${[...assetIds]}::uuid[])
    ORDER BY "id"
    FOR UPDATE`;
  const rows = await client.attachment.findMany({
    where: { householdId, assetId: { in: [...assetIds] } },
    select: { storageKey: true, thumbnailKey: true },
  });
  return rows.flatMap((row) => (row.thumbnailKey ? [row.storageKey, row.thumbnailKey] : [row.storageKey]));
}

/** Best effort: removes what it can and logs the rest, never throws. */
export async function deleteStoredFiles(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await fileStorage().deleteMany(keys);
  } catch (error) {
    logger.warn("could not delete some stored files; they are orphaned", { count: keys.length, cause: error });
  }
}

/**
 * Runs `deleteRows` (which deletes the assets, typically in a transaction) between
 * reading the keys and removing the files. When the assets are deleted inside a
 * transaction you control, prefer the parts: `collectAttachmentKeys(…, tx)` inside it,
 * `deleteStoredFiles(keys)` after it commits.
 */
export async function removeFilesOfAssets<T>(householdId: string, assetIds: readonly string[], deleteRows: () => Promise<T>): Promise<T> {
  const keys = await collectAttachmentKeys(householdId, assetIds);
  const result = await deleteRows();
  await deleteStoredFiles(keys);
  return result;
}
