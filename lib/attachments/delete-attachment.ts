import "server-only";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, Prisma } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { deleteStoredFiles } from "./remove-asset-files";

/**
 * Deletes an attachment of an asset the caller can see: the row first, in one scoped
 * statement, then its files (best effort — a leftover file is an orphan, never a
 * dangling row).
 */
export async function deleteAttachment(auth: AuthContext, attachmentId: string): Promise<void> {
  let deleted: { storageKey: string; thumbnailKey: string | null };
  try {
    deleted = await db().attachment.delete({
      where: { id: attachmentId, householdId: auth.householdId, asset: visibleAssetsWhere(auth) },
      select: { storageKey: true, thumbnailKey: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw notFound("Attachment");
    throw error;
  }
  await deleteStoredFiles(deleted.thumbnailKey ? [deleted.storageKey, deleted.thumbnailKey] : [deleted.storageKey]);
}
