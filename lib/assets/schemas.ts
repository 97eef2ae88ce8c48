/**
 * The asset API contract: inputs parsed on the server, outputs the UI and scripts
 * receive. Dates without a time (purchase, warranty) are "YYYY-MM-DD" strings.
 */
import { z } from "zod";
import { zCalendarDate, zMultilineText, zText } from "@/lib/server/validation/input";

export const ASSET_STATUSES = ["ACTIVE", "ARCHIVED", "SOLD", "DISPOSED"] as const;
export const ASSET_VISIBILITIES = ["HOUSEHOLD", "PRIVATE", "SHARED"] as const;

export const ZCalendarDate = zCalendarDate();
const optionalText = (max: number) =>
  zText()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const optionalMultilineText = (max: number) =>
  zMultilineText()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const ZCustomField = z.object({
  label: zText().trim().min(1, { message: "Give the field a label" }).max(100),
  value: zMultilineText().trim().max(2000),
});

export const ZCurrency = zText()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: "Use a 3-letter currency code like USD" });

/** Fields shared by create and update. */
const assetFields = {
  name: zText().trim().min(1, { message: "Give the asset a name" }).max(200),
  description: optionalMultilineText(5000),
  category: optionalText(100),
  manufacturer: optionalText(200),
  model: optionalText(200),
  serialNumber: optionalText(200),
  purchaseDate: ZCalendarDate.nullish(),
  /** Price in minor units (cents). */
  priceMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullish(),
  currency: ZCurrency.nullish(),
  vendor: optionalText(200),
  locationId: z.uuid().nullish(),
  notes: optionalMultilineText(20_000),
  quantity: z.number().int().min(1).max(1_000_000).default(1),
  status: z.enum(ASSET_STATUSES).default("ACTIVE"),
  warrantyExpiresOn: ZCalendarDate.nullish(),
  warrantyLifetime: z.boolean().default(false),
  secondaryWarrantyLabel: optionalText(100),
  secondaryWarrantyExpiresOn: ZCalendarDate.nullish(),
  customFields: z.array(ZCustomField).max(100).default([]),
  tagIds: z.array(z.uuid()).max(100).default([]),
  parentId: z.uuid().nullish(),
  visibility: z.enum(ASSET_VISIBILITIES).default("HOUSEHOLD"),
  /** Members who may see a SHARED asset besides its owner. */
  sharedWithUserIds: z.array(z.uuid()).max(100).default([]),
};

export const ZCreateAsset = z.object(assetFields);
export type TCreateAsset = z.input<typeof ZCreateAsset>;

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * PATCH semantics: only the fields present change. The create defaults are removed
 * first: zod 4 applies a default even inside `.optional()`, which would reset absent
 * fields (quantity, status, tags, visibility...) on every PATCH.
 */
export const ZUpdateAsset = z.object(
  Object.fromEntries(Object.entries(assetFields).map(([k, v]) => [k, (v instanceof z.ZodDefault ? v.removeDefault() : v).optional()])) as {
    [K in keyof typeof assetFields]: z.ZodOptional<WithoutDefault<(typeof assetFields)[K]>>;
  },
);
export type TUpdateAsset = z.input<typeof ZUpdateAsset>;

export const ASSET_SORTS = ["createdAt", "name", "purchaseDate", "warrantyExpiresOn", "price"] as const;

export const ZListAssetsQuery = z.object({
  q: zText().trim().max(200).optional(),
  locationId: z.uuid().optional(),
  tagId: z.uuid().optional(),
  status: z.enum(ASSET_STATUSES).optional(),
  /** Only assets whose warranty (either one) expires within this many days from today. */
  warrantyWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** Only top-level assets (no components) when "true"; by default both. */
  topLevel: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  parentId: z.uuid().optional(),
  sort: z.enum(ASSET_SORTS).default("createdAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
  cursor: zText().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TListAssetsQuery = z.input<typeof ZListAssetsQuery>;

/** What happens to the components when a parent asset is deleted. */
export const ZDeleteAssetQuery = z.object({
  components: z.enum(["delete", "detach", "reparent"]).default("detach"),
});
export type TDeleteAssetQuery = z.infer<typeof ZDeleteAssetQuery>;

export const ZMoveAsset = z.object({ parentId: z.uuid().nullable() });

export const ZTagOut = z.object({ id: z.uuid(), name: z.string(), color: z.string() });

export const ZAssetOut = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  ownerId: z.uuid(),
  visibility: z.enum(ASSET_VISIBILITIES),
  sharedWithUserIds: z.array(z.uuid()),
  name: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  manufacturer: z.string().nullable(),
  model: z.string().nullable(),
  serialNumber: z.string().nullable(),
  purchaseDate: ZCalendarDate.nullable(),
  priceMinor: z.number().nullable(),
  currency: z.string().nullable(),
  vendor: z.string().nullable(),
  location: z.object({ id: z.uuid(), name: z.string(), path: z.string() }).nullable(),
  notes: z.string().nullable(),
  quantity: z.number().int(),
  status: z.enum(ASSET_STATUSES),
  warrantyExpiresOn: ZCalendarDate.nullable(),
  warrantyLifetime: z.boolean(),
  secondaryWarrantyLabel: z.string().nullable(),
  secondaryWarrantyExpiresOn: ZCalendarDate.nullable(),
  customFields: z.array(ZCustomField),
  tags: z.array(ZTagOut),
  componentCount: z.number().int(),
  /** Id of the first photo attachment, for list thumbnails. */
  coverPhotoId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TAssetOut = z.infer<typeof ZAssetOut>;

export const ZAssetPage = z.object({ items: z.array(ZAssetOut), nextCursor: z.string().nullable() });
export type TAssetPage = z.infer<typeof ZAssetPage>;

/** A node of the component tree returned by GET /api/assets/{id}/tree. */
export interface TAssetTreeNode {
  id: string;
  name: string;
  status: (typeof ASSET_STATUSES)[number];
  components: TAssetTreeNode[];
}

/** The tree as a schema (for the OpenAPI document); recursive, like the interface above. */
export const ZAssetTreeNode: z.ZodType<TAssetTreeNode> = z.lazy(() =>
  z.object({ id: z.uuid(), name: z.string(), status: z.enum(ASSET_STATUSES), components: z.array(ZAssetTreeNode) }),
);

/** DELETE /api/assets/{id}: every asset the delete removed (the asset and, with components=delete, its subtree). */
export const ZDeleteAssetOut = z.object({ deletedAssetIds: z.array(z.uuid()) });
export type TDeleteAssetOut = z.infer<typeof ZDeleteAssetOut>;

/** GET /api/dashboard, over the assets the caller may see. */
export const ZDashboardOut = z.object({
  assetCount: z.number().int(),
  /** Sum of price x quantity of ACTIVE assets, per currency. */
  totalValueMinor: z.array(z.object({ currency: z.string(), totalMinor: z.number().int() })),
  /** ACTIVE assets with either warranty (lifetime ones excluded) ending from today through today + N days. */
  warrantiesExpiring: z.object({ within30: z.number().int(), within60: z.number().int(), within90: z.number().int() }),
  /** The five newest assets. */
  recentlyAdded: z.array(ZAssetOut),
});
export type TDashboard = z.infer<typeof ZDashboardOut>;
