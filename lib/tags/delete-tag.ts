/** Deletes a tag, untagging its assets and rebuilding their searchText in the same transaction. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { refreshSearchText } from "@/lib/assets/search-text";
import { lockTag } from "./tag-out";

export async function deleteTag(auth: AuthContext, id: string): Promise<void> {
  const householdId = auth.householdId;
  await db().$transaction(async (tx) => {
    await lockTag(tx, householdId, id);
    const tagged = await tx.assetTag.findMany({ where: { tagId: id }, select: { assetId: true } });
    await tx.tag.delete({ where: { id, householdId }, select: { id: true } });
    await refreshSearchText(
      tx,
      householdId,
      tagged.map((t) => t.assetId),
    );
  });
}
