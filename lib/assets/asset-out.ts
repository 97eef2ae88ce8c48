/**
 * The one serializer of assets (`toAssetOut`) and the reads that feed it, so every
 * endpoint returning an asset reads the same columns and answers the same shape.
 *
 * A page costs two round trips: the page's own columns (with the household's locations
 * beside it, for paths), then one query for everything per-asset that lives in other
 * tables (tags, shares, cover photo, visible component count), by id. Prisma's own
 * relation loading would take four more queries and count components by aggregating
 * the whole household.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction, Prisma } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { buildLocationSummaries, householdLocations, type LocationSummary } from "@/lib/locations/location-paths";
import { toCalendarDate } from "@/lib/core/calendar-date";
import type { TAssetOut } from "./schemas";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { visibleAssetsSql } from "@/lib/core/visibility/visible-assets-sql";

export const assetColumnsSelect = {
  id: true,
  parentId: true,
  ownerId: true,
  visibility: true,
  name: true,
  description: true,
  category: true,
  manufacturer: true,
  model: true,
  serialNumber: true,
  purchaseDate: true,
  priceMinor: true,
  currency: true,
  vendor: true,
  locationId: true,
  notes: true,
  quantity: true,
  status: true,
  warrantyExpiresOn: true,
  warrantyLifetime: true,
  secondaryWarrantyLabel: true,
  secondaryWarrantyExpiresOn: true,
  customFields: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.AssetSelect;

export type AssetRow = Prisma.AssetGetPayload<{ select: typeof assetColumnsSelect }>;

/** What an asset's output needs from other tables. */
export interface AssetRelations {
  tags: TAssetOut["tags"];
  sharedWithUserIds: string[];
  coverPhotoId: string | null;
  componentCount: number;
}

const NO_RELATIONS: AssetRelations = { tags: [], sharedWithUserIds: [], coverPhotoId: null, componentCount: 0 };

/** Tags, shares, first photo and visible component count of the given assets, in one query. */
export async function readAssetRelations(
  client: DatabaseTransaction,
  auth: AuthContext,
  ids: readonly string[],
): Promise<Map<string, AssetRelations>> {
  if (ids.length === 0) return new Map();
  const rows = await client.$queryRaw<(AssetRelations & { id: string })[]>`
    SELECT a.id,
      COALESCE((
        SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY t.name, t.id)
        FROM "AssetTag" at JOIN "Tag" t ON t.id = at."tagId"
        WHERE at."assetId" = a.id), '[]'::json) AS tags,
      COALESCE((
        SELECT array_agg(s."userId"::text ORDER BY s."userId") FROM "AssetShare" s WHERE s."assetId" = a.id
      ), '{}'::text[]) AS "sharedWithUserIds",
      (SELECT p.id::text FROM "Attachment" p
        WHERE p."householdId" = a."householdId" AND p."assetId" = a.id AND p.kind = 'PHOTO'
        ORDER BY p."createdAt", p.id LIMIT 1) AS "coverPhotoId",
      -- Components the caller cannot see are not counted: the count must not leak them.
      (SELECT count(*)::int FROM "Asset" c WHERE c."parentId" = a.id AND ${visibleAssetsSql(auth, "c")}) AS "componentCount"
    FROM "Asset" a
    WHERE a."householdId" = ${auth.householdId}::uuid AND a.id = ANY(${[...ids]}::uuid[])`;
  return new Map(rows.map(({ id, ...relations }) => [id, relations]));
}

function customFieldsOf(value: Prisma.JsonValue): TAssetOut["customFields"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((field) =>
    field && typeof field === "object" && !Array.isArray(field) && typeof field.label === "string" && typeof field.value === "string"
      ? [{ label: field.label, value: field.value }]
      : [],
  );
}

export function toAssetOut(
  row: AssetRow,
  relations: AssetRelations | undefined,
  locations: ReadonlyMap<string, LocationSummary>,
): TAssetOut {
  const { tags, sharedWithUserIds, coverPhotoId, componentCount } = relations ?? NO_RELATIONS;
  return {
    id: row.id,
    parentId: row.parentId,
    ownerId: row.ownerId,
    visibility: row.visibility,
    sharedWithUserIds,
    name: row.name,
    description: row.description,
    category: row.category,
    manufacturer: row.manufacturer,
    model: row.model,
    serialNumber: row.serialNumber,
    purchaseDate: toCalendarDate(row.purchaseDate),
    priceMinor: row.priceMinor === null ? null : Number(row.priceMinor),
    currency: row.currency,
    vendor: row.vendor,
    location: row.locationId ? (locations.get(row.locationId) ?? null) : null,
    notes: row.notes,
    quantity: row.quantity,
    status: row.status,
    warrantyExpiresOn: toCalendarDate(row.warrantyExpiresOn),
    warrantyLifetime: row.warrantyLifetime,
    secondaryWarrantyLabel: row.secondaryWarrantyLabel,
    secondaryWarrantyExpiresOn: toCalendarDate(row.secondaryWarrantyExpiresOn),
    customFields: customFieldsOf(row.customFields),
    tags,
    componentCount,
    coverPhotoId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One visible asset as the API shows it, or 404. */
export async function readAssetOut(client: DatabaseTransaction, auth: AuthContext, id: string): Promise<TAssetOut> {
  // Sequential on purpose: `client` may be a transaction, whose one connection must not
  // be sent two queries at once.
  const row = await client.asset.findFirst({ where: { AND: [visibleAssetsWhere(auth), { id }] }, select: assetColumnsSelect });
  if (!row) throw notFound("Asset");
  const relations = await readAssetRelations(client, auth, [id]);
  return toAssetOut(row, relations.get(id), buildLocationSummaries(await householdLocations(client, auth.householdId)));
}
