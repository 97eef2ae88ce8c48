/** Tags with counts of the assets the caller may see carrying them. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction, Prisma } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import type { TTagWithCount } from "./schemas";

function tagSelect(auth: AuthContext) {
  return {
    id: true,
    name: true,
    color: true,
    _count: { select: { assets: { where: { asset: visibleAssetsWhere(auth) } } } },
  } satisfies Prisma.TagSelect;
}

type TagRow = Prisma.TagGetPayload<{ select: ReturnType<typeof tagSelect> }>;

const toTagOut = (row: TagRow): TTagWithCount => ({ id: row.id, name: row.name, color: row.color, assetCount: row._count.assets });

export async function readTagsOut(client: DatabaseTransaction, auth: AuthContext): Promise<TTagWithCount[]> {
  const rows = await client.tag.findMany({ where: { householdId: auth.householdId }, select: tagSelect(auth) });
  return rows.map(toTagOut).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export async function readTagOut(client: DatabaseTransaction, auth: AuthContext, id: string): Promise<TTagWithCount> {
  const row = await client.tag.findFirst({ where: { id, householdId: auth.householdId }, select: tagSelect(auth) });
  if (!row) throw notFound("Tag");
  return toTagOut(row);
}

/**
 * Tag names are unique per household regardless of case ("Garage" and "garage" would
 * be indistinguishable in use); the database's exact-match constraint backs this up.
 */
export async function assertTagNameFree(client: DatabaseTransaction, householdId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await client.tag.findFirst({
    where: { householdId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw duplicateTagName();
}

export const duplicateTagName = () => {
  const message = "A tag with this name already exists";
  return new AppError("CONFLICT", `${message}.`, { fieldErrors: [{ path: "name", message }] });
};

/**
 * Locks the tag row for the rest of the transaction (404 if it is not the household's).
 * FOR UPDATE conflicts with the key-share lock that tagging an asset takes, so no asset
 * gets tagged between reading the tagged assets and rebuilding their searchText.
 */
export async function lockTag(tx: DatabaseTransaction, householdId: string, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Tag" WHERE id = ${id}::uuid AND "householdId" = ${householdId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound("Tag");
}
