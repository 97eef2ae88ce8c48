/**
 * Opaque cursors for the asset list: base64url of the last row's sort key and id.
 * The sort and order are inside too, so a cursor from one sorting is refused by
 * another instead of silently skipping rows.
 */
import "server-only";
import { z } from "zod";
import { decodeCursor, encodeCursor, invalidCursor } from "@/lib/server/validation/cursor";
import { ASSET_SORTS, ZCalendarDate } from "./schemas";

export type TAssetSort = (typeof ASSET_SORTS)[number];
export type TSortOrder = "asc" | "desc";

export interface AssetCursor {
  sort: TAssetSort;
  order: TSortOrder;
  /** The sort column's value on the last row, as text (ISO instant, YYYY-MM-DD, integer); null when the row had none. */
  key: string | null;
  id: string;
}

const ZCursorTuple = z.tuple([z.enum(ASSET_SORTS), z.enum(["asc", "desc"]), z.string().max(300).nullable(), z.uuid()]);

/** Sorts whose column may be empty; the others always have a key. */
const NULLABLE_SORTS: ReadonlySet<TAssetSort> = new Set(["purchaseDate", "warrantyExpiresOn", "price"]);

/** What a key must look like for each sort, so a forged cursor cannot reach the query as garbage. */
const ZKeyBySort: Record<TAssetSort, z.ZodType<string>> = {
  createdAt: z.iso.datetime(),
  // Names stored before text was checked may hold a tab or so; only NUL can never reach the database.
  name: z.string().refine((v) => !v.includes("\u0000")),
  purchaseDate: ZCalendarDate,
  warrantyExpiresOn: ZCalendarDate,
  price: z.string().regex(/^\d{1,16}$/),
};

export function encodeAssetCursor(cursor: AssetCursor): string {
  return encodeCursor([cursor.sort, cursor.order, cursor.key, cursor.id]);
}

export function decodeAssetCursor(raw: string, sort: TAssetSort, order: TSortOrder): AssetCursor {
  const [cursorSort, cursorOrder, key, id] = decodeCursor(raw, ZCursorTuple);
  if (cursorSort !== sort || cursorOrder !== order) throw invalidCursor();
  if (key === null ? !NULLABLE_SORTS.has(sort) : !ZKeyBySort[sort].safeParse(key).success) throw invalidCursor();
  return { sort: cursorSort, order: cursorOrder, key, id };
}
