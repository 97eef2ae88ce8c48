import "server-only";
import type { CalendarFeed } from "@/lib/server/db/client";
import type { TCalendarFeedOut } from "./schemas";

export type FeedRow = CalendarFeed & { asset: { name: string } | null };

/** What Prisma reads with every feed row for the API shape. */
export const feedInclude = { asset: { select: { name: true } } } as const;

export function feedOut(row: FeedRow, visibleAssetIds?: ReadonlySet<string>): TCalendarFeedOut {
  // An asset that became private to someone else is named no more (the feed shows nothing of it either).
  const assetName = row.asset && (!visibleAssetIds || (row.assetId !== null && visibleAssetIds.has(row.assetId))) ? row.asset.name : null;
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    assetId: row.assetId,
    assetName,
    alarmMinutesBefore: row.alarmMinutesBefore,
    windowMonths: row.windowMonths,
    tokenHint: row.tokenHint,
    createdAt: row.createdAt.toISOString(),
    lastFetchedAt: row.lastFetchedAt?.toISOString() ?? null,
  };
}
