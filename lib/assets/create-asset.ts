/** Creates an asset owned by the caller, with its tags and shares, in the caller's household. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { emitWebhookEvent } from "@/lib/webhooks/emit-event";
import { assetEventData } from "@/lib/webhooks/asset-event";
import { assetColumns, shareUserIds } from "./asset-columns";
import { readAssetOut } from "./asset-out";
import { checkAssetReferences } from "./asset-references";
import { ZCreateAsset, type TAssetOut, type TCreateAsset } from "./schemas";
import { buildSearchText } from "./search-text";

export async function createAsset(auth: AuthContext, input: TCreateAsset): Promise<TAssetOut> {
  const data = ZCreateAsset.parse(input);
  const client = db();
  const shares = shareUserIds(data.visibility, data.sharedWithUserIds, auth.userId);
  const [{ tags = [] }, household] = await Promise.all([
    checkAssetReferences(client, auth, { ...data, sharedWithUserIds: data.visibility === "SHARED" ? data.sharedWithUserIds : [] }),
    client.household.findUniqueOrThrow({ where: { id: auth.householdId }, select: { currency: true } }),
  ]);
  // A price without a currency is in the household's currency.
  const currency = data.currency ?? (data.priceMinor != null ? household.currency : null);
  // The webhook event commits with the asset, or neither does.
  const created = await client.$transaction(async (tx) => {
    const asset = await tx.asset.create({
      data: {
        ...assetColumns(data),
        name: data.name,
        currency,
        householdId: auth.householdId,
        ownerId: auth.userId,
        searchText: buildSearchText(
          { name: data.name, manufacturer: data.manufacturer, model: data.model, serialNumber: data.serialNumber, notes: data.notes },
          tags.map((t) => t.name),
        ),
        tags: { create: tags.map((t) => ({ tagId: t.id })) },
        shares: { create: shares.map((userId) => ({ userId })) },
      },
      select: { id: true, name: true, visibility: true },
    });
    await emitWebhookEvent(tx, auth.householdId, { type: "asset.created", data: assetEventData(asset, { ownerId: auth.userId }) });
    return asset;
  });
  return readAssetOut(client, auth, created.id);
}
