import "server-only";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { attachmentOutSelect, toAttachmentOut } from "./attachment-out";
import type { TAttachmentList } from "./schemas";

/** The attachments of an asset the caller can see, oldest first. */
export async function listAttachments(auth: AuthContext, assetId: string): Promise<TAttachmentList> {
  const asset = await db().asset.findFirst({
    where: { id: assetId, ...visibleAssetsWhere(auth) },
    select: { attachments: { select: attachmentOutSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!asset) throw notFound("Asset");
  return { items: asset.attachments.map(toAttachmentOut) };
}
