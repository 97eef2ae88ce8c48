/**
 * The asset list: search, filters, sorting and cursor pagination over what the caller
 * may see. One query reads the page (the household's locations, for paths and the
 * location filter, are read beside it), one more reads the page's tags, shares, cover
 * photos and component counts (asset-out.ts).
 *
 * Keyset pagination: rows come in (sort key, id) order, and the cursor is the last row's
 * pair, so pages stay stable when rows are added and ties never repeat or skip. Missing
 * values (no price, no purchase date) sort last in both directions, by id.
 */
import "server-only";
import type { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, type Prisma } from "@/lib/server/db/client";
import { buildLocationSummaries, descendantLocationIds, householdLocations } from "@/lib/locations/location-paths";
import { decodeAssetCursor, encodeAssetCursor, type AssetCursor, type TAssetSort, type TSortOrder } from "./asset-cursor";
import { assetColumnsSelect, readAssetRelations, toAssetOut, type AssetRow } from "./asset-out";
import { addDays, fromCalendarDate, toCalendarDate, todayIn } from "@/lib/core/calendar-date";
import type { TAssetPage, ZListAssetsQuery } from "./schemas";
import { searchTermPatterns } from "./search-text";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";

type SortColumn = "createdAt" | "name" | "purchaseDate" | "warrantyExpiresOn" | "priceMinor";
type SortValue = Date | string | bigint;

const SORT_COLUMNS: Record<TAssetSort, { column: SortColumn; nullable: boolean }> = {
  createdAt: { column: "createdAt", nullable: false },
  name: { column: "name", nullable: false },
  purchaseDate: { column: "purchaseDate", nullable: true },
  warrantyExpiresOn: { column: "warrantyExpiresOn", nullable: true },
  price: { column: "priceMinor", nullable: true },
};

function keyToValue(sort: TAssetSort, key: string): SortValue {
  switch (sort) {
    case "createdAt":
      return new Date(key);
    case "purchaseDate":
    case "warrantyExpiresOn":
      return fromCalendarDate(key);
    case "price":
      return BigInt(key);
    case "name":
      return key;
  }
}

function keyOf(row: AssetRow, sort: TAssetSort): string | null {
  switch (sort) {
    case "createdAt":
      return row.createdAt.toISOString();
    case "purchaseDate":
      return toCalendarDate(row.purchaseDate);
    case "warrantyExpiresOn":
      return toCalendarDate(row.warrantyExpiresOn);
    case "price":
      return row.priceMinor === null ? null : row.priceMinor.toString();
    case "name":
      return row.name;
  }
}

/** Rows strictly after (key, id) in the requested order. */
function afterKey(column: SortColumn, order: TSortOrder, value: SortValue, id: string): Prisma.AssetWhereInput {
  const after = order === "asc" ? "gt" : "lt";
  // The redundant inclusive bound lets PostgreSQL start its index scan at the cursor
  // instead of filtering every earlier row.
  return {
    AND: [{ [column]: { [`${after}e`]: value } }, { OR: [{ [column]: { [after]: value } }, { [column]: value, id: { [after]: id } }] }],
  };
}

/**
 * Reads up to `take` rows after the cursor. A nullable sort column is read in two
 * phases, rows with a value and then rows without (by id): each phase is then a plain
 * ordered scan that one (householdId, column, id) index serves in both directions,
 * where a single "NULLS LAST" ordering could only be served one way.
 */
async function readRows(filters: Prisma.AssetWhereInput[], sort: TAssetSort, order: TSortOrder, take: number, cursor?: AssetCursor) {
  const { column, nullable } = SORT_COLUMNS[sort];
  const read = (where: Prisma.AssetWhereInput[], orderBy: Prisma.AssetOrderByWithRelationInput[], limit: number) =>
    db().asset.findMany({ where: { AND: [...filters, ...where] }, orderBy, take: limit, select: assetColumnsSelect });
  const byKey: Prisma.AssetOrderByWithRelationInput[] = [{ [column]: order }, { id: order }];
  const afterValue = cursor && cursor.key !== null ? [afterKey(column, order, keyToValue(sort, cursor.key), cursor.id)] : [];
  if (!nullable) return read(afterValue, byKey, take);

  // A cursor without a key is already among the rows without a value.
  const withValue = cursor && cursor.key === null ? [] : await read([{ [column]: { not: null } }, ...afterValue], byKey, take);
  if (withValue.length === take) return withValue;
  const afterId: Prisma.AssetWhereInput[] = cursor && cursor.key === null ? [{ id: { [order === "asc" ? "gt" : "lt"]: cursor.id } }] : [];
  return [...withValue, ...(await read([{ [column]: null }, ...afterId], [{ id: order }], take - withValue.length))];
}

/** Already parsed (the route's readQuery; internal callers use ZListAssetsQuery.parse). */
export type ListAssetsQuery = z.output<typeof ZListAssetsQuery>;

export async function listAssets(auth: AuthContext, query: ListAssetsQuery): Promise<TAssetPage> {
  const client = db();
  const cursor = query.cursor ? decodeAssetCursor(query.cursor, query.sort, query.order) : undefined;
  const locationsRead = householdLocations(client, auth.householdId);

  const filters: Prisma.AssetWhereInput[] = [visibleAssetsWhere(auth)];
  for (const pattern of searchTermPatterns(query.q)) filters.push({ searchText: { contains: pattern, mode: "insensitive" } });
  if (query.locationId) filters.push({ locationId: { in: descendantLocationIds(await locationsRead, query.locationId) } });
  if (query.tagId) filters.push({ tags: { some: { tagId: query.tagId } } });
  if (query.status) filters.push({ status: query.status });
  if (query.topLevel) filters.push({ parentId: null });
  if (query.parentId) filters.push({ parentId: query.parentId });
  if (query.warrantyWithinDays !== undefined) {
    const household = await client.household.findUniqueOrThrow({ where: { id: auth.householdId }, select: { timeZone: true } });
    const today = todayIn(household.timeZone);
    const window = { gte: fromCalendarDate(today), lte: fromCalendarDate(addDays(today, query.warrantyWithinDays)) };
    // A lifetime warranty never expires, but the second warranty on the same asset may.
    filters.push({ OR: [{ warrantyLifetime: false, warrantyExpiresOn: window }, { secondaryWarrantyExpiresOn: window }] });
  }

  const [rows, locations] = await Promise.all([readRows(filters, query.sort, query.order, query.limit + 1, cursor), locationsRead]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const relations = await readAssetRelations(
    client,
    auth,
    page.map((row) => row.id),
  );
  const summaries = buildLocationSummaries(locations);
  return {
    items: page.map((row) => toAssetOut(row, relations.get(row.id), summaries)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeAssetCursor({ sort: query.sort, order: query.order, key: keyOf(last, query.sort), id: last.id })
        : null,
  };
}
