/**
 * Renames or recolours a tag. A rename changes what searches find, so the tagged
 * assets' searchText is rebuilt in the same transaction.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { refreshSearchText } from "@/lib/assets/search-text";
import { ZUpdateTag, type TTagWithCount, type TUpdateTag } from "./schemas";
import { assertTagNameFree, lockTag, readTagOut } from "./tag-out";
import { withUniqueTagName } from "./unique-name";

export async function updateTag(auth: AuthContext, id: string, input: TUpdateTag): Promise<TTagWithCount> {
  const data = ZUpdateTag.parse(input);
  const householdId = auth.householdId;
  return withUniqueTagName(() =>
    db().$transaction(async (tx) => {
      await lockTag(tx, householdId, id);
      if (data.name !== undefined) await assertTagNameFree(tx, householdId, data.name, id);
      const before = await tx.tag.findUniqueOrThrow({ where: { id, householdId }, select: { name: true } });
      await tx.tag.update({
        where: { id, householdId },
        data: { name: data.name, color: data.color?.toLowerCase() },
        select: { id: true },
      });
      if (data.name !== undefined && data.name !== before.name) {
        const tagged = await tx.assetTag.findMany({ where: { tagId: id }, select: { assetId: true } });
        await refreshSearchText(
          tx,
          householdId,
          tagged.map((t) => t.assetId),
        );
      }
      return readTagOut(tx, auth, id);
    }),
  );
}
