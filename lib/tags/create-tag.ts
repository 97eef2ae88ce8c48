/** Creates a tag; names are unique per household, ignoring case (409 otherwise). */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { ZCreateTag, type TCreateTag, type TTagWithCount } from "./schemas";
import { assertTagNameFree } from "./tag-out";
import { withUniqueTagName } from "./unique-name";

export async function createTag(auth: AuthContext, input: TCreateTag): Promise<TTagWithCount> {
  const data = ZCreateTag.parse(input);
  await assertTagNameFree(db(), auth.householdId, data.name);
  const tag = await withUniqueTagName(() =>
    db().tag.create({
      data: { householdId: auth.householdId, name: data.name, color: data.color.toLowerCase() },
      select: { id: true, name: true, color: true },
    }),
  );
  return { ...tag, assetCount: 0 };
}
