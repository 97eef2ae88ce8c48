import "server-only";
import type { Attachment } from "@/lib/server/db/client";
import type { TAttachmentOut } from "./schemas";

type AttachmentRow = Pick<Attachment, "id" | "kind" | "fileName" | "contentType" | "sizeBytes" | "thumbnailKey" | "createdAt">;

/** The API shape of a row; storage keys never leave the server. */
export function toAttachmentOut(row: AttachmentRow): TAttachmentOut {
  const url = `/api/attachments/${row.id}`;
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    hasThumbnail: row.thumbnailKey !== null,
    createdAt: row.createdAt.toISOString(),
    url,
    thumbnailUrl: row.thumbnailKey ? `${url}/thumbnail` : null,
  };
}

export const attachmentOutSelect = {
  id: true,
  kind: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  thumbnailKey: true,
  createdAt: true,
} as const;
