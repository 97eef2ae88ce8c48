/**
 * Attaches uploaded files to an asset the caller can see. Every file is checked (size,
 * sniffed type) before any is stored, so a batch is accepted or refused as a whole.
 * Files are written first and the rows inserted after; if the insert fails (the asset
 * was deleted meanwhile), the files just written are removed again.
 */
import "server-only";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, Prisma } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { fileStorage } from "@/lib/storage/file-storage";
import { newStorageKey } from "@/lib/storage/storage-key";
import { attachmentOutSelect, toAttachmentOut } from "./attachment-out";
import { makeThumbnail, THUMBNAIL_CONTENT_TYPE } from "./make-thumbnail";
import { deleteStoredFiles } from "./remove-asset-files";
import { sanitizeFileName } from "./sanitize-file-name";
import { ZUploadAttachments, type TAttachmentList, type TUploadAttachments } from "./schemas";
import { ALLOWED_UPLOAD_TYPES_TEXT, isImageType, sniffContentType } from "./sniff-content-type";
import { assertUploadSizeFits } from "./upload-limit";

function checkFiles(files: { name: string; bytes: Buffer }[]) {
  return files.map((file, index) => {
    const fileName = sanitizeFileName(file.name);
    if (file.bytes.length === 0) {
      throw new AppError("VALIDATION", "The request has invalid fields.", {
        fieldErrors: [{ path: `files.${index}`, message: `"${fileName}" is empty` }],
      });
    }
    const contentType = sniffContentType(file.bytes);
    if (!contentType) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", `"${fileName}" is not a file type we accept. Allowed: ${ALLOWED_UPLOAD_TYPES_TEXT}.`);
    }
    return { fileName, contentType, bytes: file.bytes };
  });
}

export async function uploadAttachments(auth: AuthContext, assetId: string, input: TUploadAttachments): Promise<TAttachmentList> {
  const { kind, files } = ZUploadAttachments.parse(input);
  assertUploadSizeFits(files.reduce((total, file) => total + file.bytes.length, 0));
  const checked = checkFiles(files);

  const asset = await db().asset.findFirst({ where: { id: assetId, ...visibleAssetsWhere(auth) }, select: { id: true } });
  if (!asset) throw notFound("Asset");

  const storage = fileStorage();
  const written: string[] = [];
  try {
    const rows: Prisma.AttachmentCreateManyInput[] = [];
    for (const file of checked) {
      const isImage = isImageType(file.contentType);
      const storageKey = newStorageKey(auth.householdId);
      await storage.put(storageKey, file.bytes, file.contentType);
      written.push(storageKey);

      let thumbnailKey: string | null = null;
      const thumbnail = isImage ? await makeThumbnail(file.bytes) : null;
      if (thumbnail) {
        thumbnailKey = newStorageKey(auth.householdId);
        await storage.put(thumbnailKey, thumbnail, THUMBNAIL_CONTENT_TYPE);
        written.push(thumbnailKey);
      }

      rows.push({
        householdId: auth.householdId,
        assetId: asset.id,
        kind: kind ?? (isImage ? "PHOTO" : "OTHER"),
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.bytes.length,
        storageKey,
        thumbnailKey,
        uploadedById: auth.userId,
      });
    }
    const created = await db().attachment.createManyAndReturn({ data: rows, select: { ...attachmentOutSelect, storageKey: true } });
    // RETURNING order is not promised; answer in upload order.
    const position = new Map(rows.map((row, index) => [row.storageKey, index]));
    created.sort((a, b) => (position.get(a.storageKey) ?? 0) - (position.get(b.storageKey) ?? 0));
    return { items: created.map(toAttachmentOut) };
  } catch (error) {
    await deleteStoredFiles(written);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw notFound("Asset");
    throw error;
  }
}
