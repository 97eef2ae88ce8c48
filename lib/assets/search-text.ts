/**
 * The `searchText` column: one lower-cased string per asset that the trigram index
 * serves for `q` searches. Every write that changes one of its sources (the asset's
 * own fields or the names of its tags) rebuilds it through this file.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";

export interface SearchTextSources {
  name: string;
  manufacturer: string | null;
  model: string | null;
  serialNumber: string | null;
  notes: string | null;
}

export function buildSearchText(asset: SearchTextSources, tagNames: readonly string[]): string {
  return [asset.name, asset.manufacturer, asset.model, asset.serialNumber, asset.notes, ...[...tagNames].sort()]
    .map((part) => part?.trim().replace(/\s+/g, " ") ?? "")
    .filter((part) => part.length > 0)
    .join(" ")
    .toLowerCase();
}

/**
 * Turns a user's query into LIKE patterns for `searchText`: one per whitespace-separated
 * term (all must match), lower-cased, with LIKE's wildcards and escape character escaped
 * so "50%" finds "50%" and not "50 anything". Prisma's `contains` adds the outer %s.
 */
export function searchTermPatterns(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .map((term) => term.replace(/[\\%_]/g, (char) => `\\${char}`));
}

/**
 * Recomputes `searchText` for the given assets from the database, in one read and one
 * write. Used when something other than the asset itself changed (a tag was renamed or
 * deleted), inside the same transaction as that change.
 */
export async function refreshSearchText(tx: DatabaseTransaction, householdId: string, assetIds: readonly string[]): Promise<void> {
  if (assetIds.length === 0) return;
  const assets = await tx.asset.findMany({
    where: { householdId, id: { in: [...assetIds] } },
    select: {
      id: true,
      name: true,
      manufacturer: true,
      model: true,
      serialNumber: true,
      notes: true,
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
  if (assets.length === 0) return;
  const ids = assets.map((a) => a.id);
  const texts = assets.map((a) =>
    buildSearchText(
      a,
      a.tags.map((t) => t.tag.name),
    ),
  );
  await tx.$executeRaw`
    UPDATE "Asset" AS a SET "searchText" = v.text
    FROM unnest(${ids}::uuid[], ${texts}::text[]) AS v(id, text)
    WHERE a.id = v.id AND a."householdId" = ${householdId}::uuid`;
}
