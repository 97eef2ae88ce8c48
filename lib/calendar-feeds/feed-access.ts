/** Shared by the feed use cases: a member's own feeds, and the assets they may point at. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, type DatabaseTransaction } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { feedInclude, feedOut, type FeedRow } from "./feed-out";
import type { TCalendarFeedOut } from "./schemas";

/** The WHERE of "this member's own feeds in the active household": another member's feed id is as absent as a random one. */
export const ownFeedsWhere = (auth: AuthContext) => ({ householdId: auth.householdId, userId: auth.userId });

/** An ASSET feed must name an asset the member can see; anything else is a 422 on assetId, like a missing one. */
export async function assertVisibleAsset(client: DatabaseTransaction, auth: AuthContext, assetId: string): Promise<void> {
  const asset = await client.asset.findFirst({ where: { AND: [visibleAssetsWhere(auth), { id: assetId }] }, select: { id: true } });
  if (!asset)
    throw new AppError("VALIDATION", "Choose an asset of this household", { fieldErrors: [{ path: "assetId", message: "Not found" }] });
}

/** The API shape of feed rows, naming an asset only while the member may still see it. */
export async function feedsOut(auth: AuthContext, rows: readonly FeedRow[]): Promise<TCalendarFeedOut[]> {
  const assetIds = [...new Set(rows.flatMap((r) => (r.assetId ? [r.assetId] : [])))];
  const visible =
    assetIds.length === 0
      ? []
      : await db().asset.findMany({ where: { AND: [visibleAssetsWhere(auth), { id: { in: assetIds } }] }, select: { id: true } });
  const visibleIds = new Set(visible.map((a) => a.id));
  return rows.map((row) => feedOut(row, visibleIds));
}

export { feedInclude };
