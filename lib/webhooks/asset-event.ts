/**
 * The `data` of asset.* webhook events. Endpoints are the household's, but a private
 * or shared asset's name is not every member's to read, so only household-visible
 * assets carry their name; consumers fetch the rest with their own token.
 */
import type { AssetVisibility } from "@/lib/server/db/generated/enums";

export function assetEventData(asset: { id: string; name: string; visibility: AssetVisibility }, extra: Record<string, unknown> = {}) {
  return { assetId: asset.id, visibility: asset.visibility, ...(asset.visibility === "HOUSEHOLD" ? { name: asset.name } : {}), ...extra };
}
