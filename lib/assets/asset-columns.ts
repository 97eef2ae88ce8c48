/**
 * Maps parsed asset input (API shape) to database columns: calendar dates to Dates,
 * prices to BigInt. Only keys present in the input appear in the result, so the same
 * mapping serves create and PATCH.
 */
import "server-only";
import type { z } from "zod";
import { fromCalendarDate } from "@/lib/core/calendar-date";
import type { ZUpdateAsset } from "./schemas";

export type ParsedAssetFields = z.output<typeof ZUpdateAsset>;

/** Plain column values, valid in both create and update data. */
type AssetColumns = Partial<{
  [
    K in Exclude<
      keyof ParsedAssetFields,
      "tagIds" | "sharedWithUserIds" | "purchaseDate" | "warrantyExpiresOn" | "secondaryWarrantyExpiresOn" | "priceMinor"
    >
  ]: NonNullable<ParsedAssetFields[K]> | (null extends ParsedAssetFields[K] ? null : never);
}> & {
  purchaseDate?: Date | null;
  warrantyExpiresOn?: Date | null;
  secondaryWarrantyExpiresOn?: Date | null;
  priceMinor?: bigint | null;
};

const date = (value: string | null | undefined) => (value === undefined ? undefined : fromCalendarDate(value));

export function assetColumns(data: ParsedAssetFields): AssetColumns {
  const columns: AssetColumns = {
    name: data.name,
    description: data.description,
    category: data.category,
    manufacturer: data.manufacturer,
    model: data.model,
    serialNumber: data.serialNumber,
    purchaseDate: date(data.purchaseDate),
    priceMinor: data.priceMinor === undefined || data.priceMinor === null ? data.priceMinor : BigInt(data.priceMinor),
    currency: data.currency,
    vendor: data.vendor,
    locationId: data.locationId,
    notes: data.notes,
    quantity: data.quantity,
    status: data.status,
    warrantyExpiresOn: date(data.warrantyExpiresOn),
    warrantyLifetime: data.warrantyLifetime,
    secondaryWarrantyLabel: data.secondaryWarrantyLabel,
    secondaryWarrantyExpiresOn: date(data.secondaryWarrantyExpiresOn),
    customFields: data.customFields,
    parentId: data.parentId,
    visibility: data.visibility,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as AssetColumns;
}

/** Members a SHARED asset is shown to; the owner always sees it, and other visibilities keep no list. */
export function shareUserIds(visibility: string, sharedWithUserIds: readonly string[], ownerId: string): string[] {
  return visibility === "SHARED" ? [...new Set(sharedWithUserIds)].filter((id) => id !== ownerId) : [];
}
