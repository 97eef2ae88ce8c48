/**
 * PATCH an asset the caller may see: only the fields present change. Changing the
 * parent moves the asset (and its components) in the tree; see move-asset.ts.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { emitWebhookEvent } from "@/lib/webhooks/emit-event";
import { assetEventData } from "@/lib/webhooks/asset-event";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { assetColumns, shareUserIds } from "./asset-columns";
import { readAssetOut } from "./asset-out";
import { checkAssetReferences, lockAssetTree } from "./asset-references";
import { ZUpdateAsset, type TAssetOut, type TUpdateAsset } from "./schemas";
import { buildSearchText } from "./search-text";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

export async function updateAsset(auth: AuthContext, id: string, input: TUpdateAsset): Promise<TAssetOut> {
  const data = ZUpdateAsset.parse(input);
  const visible = { AND: [visibleAssetsWhere(auth), { id }] };
  return db().$transaction(async (tx) => {
    const current = await tx.asset.findFirst({
      where: visible,
      select: {
        ownerId: true,
        visibility: true,
        parentId: true,
        name: true,
        manufacturer: true,
        model: true,
        serialNumber: true,
        notes: true,
        priceMinor: true,
        currency: true,
        shares: { select: { userId: true } },
        tags: { select: { tag: { select: { name: true } } } },
      },
    });
    if (!current) throw notFound("Asset");

    const visibility = data.visibility ?? current.visibility;
    const currentShares = current.shares.map((s) => s.userId);
    const shares = shareUserIds(visibility, data.sharedWithUserIds ?? currentShares, current.ownerId);
    // Who may see an asset is its owner's decision; anyone else editing it (a member it is
    // shared with, say) must not be able to widen or narrow that circle.
    if (current.ownerId !== auth.userId && (visibility !== current.visibility || !sameMembers(shares, currentShares))) {
      throw new AppError("FORBIDDEN", "Only the asset's owner can change who may see it.");
    }

    const moving = data.parentId !== undefined && data.parentId !== current.parentId;
    if (moving) await lockAssetTree(tx, auth.householdId);
    const { tags } = await checkAssetReferences(
      tx,
      auth,
      {
        tagIds: data.tagIds,
        locationId: data.locationId,
        parentId: moving ? data.parentId : undefined,
        sharedWithUserIds: visibility === "SHARED" ? data.sharedWithUserIds : undefined,
      },
      id,
    );

    const priceMinor = data.priceMinor === undefined ? current.priceMinor : data.priceMinor;
    const currency = data.currency === undefined ? current.currency : data.currency;
    const needsHouseholdCurrency = priceMinor !== null && currency === null;
    const household = needsHouseholdCurrency
      ? await tx.household.findUniqueOrThrow({ where: { id: auth.householdId }, select: { currency: true } })
      : null;

    const searchText = buildSearchText(
      {
        name: data.name ?? current.name,
        manufacturer: data.manufacturer === undefined ? current.manufacturer : data.manufacturer,
        model: data.model === undefined ? current.model : data.model,
        serialNumber: data.serialNumber === undefined ? current.serialNumber : data.serialNumber,
        notes: data.notes === undefined ? current.notes : data.notes,
      },
      (tags ?? current.tags.map((t) => t.tag)).map((t) => t.name),
    );

    const updated = await tx.asset.update({
      where: { id, AND: [visibleAssetsWhere(auth)] },
      data: {
        ...assetColumns(data),
        ...(household ? { currency: household.currency } : {}),
        searchText,
        ...(tags ? { tags: { deleteMany: {}, create: tags.map((t) => ({ tagId: t.id })) } } : {}),
        ...(sameMembers(shares, currentShares) ? {} : { shares: { deleteMany: {}, create: shares.map((userId) => ({ userId })) } }),
      },
      select: { id: true, name: true, visibility: true },
    });
    await emitWebhookEvent(tx, auth.householdId, {
      type: "asset.updated",
      data: assetEventData(updated, {
        changedFields: Object.entries(data).flatMap(([field, value]) => (value === undefined ? [] : [field])),
      }),
    });
    return readAssetOut(tx, auth, id);
  });
}
