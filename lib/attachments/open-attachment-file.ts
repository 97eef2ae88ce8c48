import "server-only";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { logger } from "@/lib/server/logger";
import { fileStorage } from "@/lib/storage/file-storage";
import { THUMBNAIL_CONTENT_TYPE } from "./make-thumbnail";

export interface AttachmentFile {
  stream: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
  fileName: string;
}

/**
 * The stored file (or its thumbnail) of an attachment whose asset the caller can see.
 * Anything else — another household's attachment, a private asset, no thumbnail —
 * is "not found".
 */
export async function openAttachmentFile(
  auth: AuthContext,
  attachmentId: string,
  variant: "original" | "thumbnail",
): Promise<AttachmentFile> {
  const attachment = await db().attachment.findFirst({
    where: { id: attachmentId, householdId: auth.householdId, asset: visibleAssetsWhere(auth) },
    select: { fileName: true, contentType: true, storageKey: true, thumbnailKey: true },
  });
  if (!attachment) throw notFound("Attachment");

  const key = variant === "original" ? attachment.storageKey : attachment.thumbnailKey;
  if (!key) throw notFound("Thumbnail");
  const file = await fileStorage().get(key);
  if (!file) {
    logger.warn("attachment row without its stored file", { attachmentId, variant });
    throw notFound("File");
  }
  if (variant === "original") return { ...file, contentType: attachment.contentType, fileName: attachment.fileName };
  return { ...file, contentType: THUMBNAIL_CONTENT_TYPE, fileName: `${attachment.fileName.replace(/\.[^.]*$/, "")}.webp` };
}
