/**
 * The attachment API contract. Uploads arrive as multipart/form-data (fields `file`,
 * one or more, and `kind`); `readUploadForm` turns the form into `TUploadAttachments`.
 */
import "server-only";
import { z } from "zod";
import { ATTACHMENT_KINDS } from "@/lib/core/attachment-kinds";

export const ZAttachmentKind = z.enum(ATTACHMENT_KINDS);
export type TAttachmentKind = z.infer<typeof ZAttachmentKind>;

/** Files one upload request may carry; their total size is capped by MAX_UPLOAD_MB. */
export const MAX_FILES_PER_UPLOAD = 20;

export const ZUploadedFile = z.object({
  /** The name the browser sent; sanitised before it is stored. */
  name: z.string(),
  bytes: z.instanceof(Buffer),
});
export type TUploadedFile = z.infer<typeof ZUploadedFile>;

export const ZUploadAttachments = z.object({
  /** When absent: PHOTO for images, OTHER for everything else. */
  kind: ZAttachmentKind.optional(),
  files: z
    .array(ZUploadedFile)
    .min(1, { message: "Choose at least one file" })
    .max(MAX_FILES_PER_UPLOAD, { message: `Upload at most ${MAX_FILES_PER_UPLOAD} files at once` }),
});
export type TUploadAttachments = z.input<typeof ZUploadAttachments>;

export const ZAttachmentOut = z.object({
  id: z.uuid(),
  kind: ZAttachmentKind,
  fileName: z.string(),
  /** Sniffed from the file's first bytes at upload, never taken from the browser. */
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  hasThumbnail: z.boolean(),
  createdAt: z.iso.datetime(),
  /** GET streams the file; DELETE removes it. */
  url: z.string(),
  /** A 400×400 (at most) WebP preview; null when the file is not an image or could not be decoded. */
  thumbnailUrl: z.string().nullable(),
});
export type TAttachmentOut = z.infer<typeof ZAttachmentOut>;

/** GET /api/assets/{id}/attachments (oldest first) and the 201 answer of POST. */
export const ZAttachmentList = z.object({ items: z.array(ZAttachmentOut) });
export type TAttachmentList = z.infer<typeof ZAttachmentList>;
