/**
 * Every react-query key in one place. Asset-related keys share the "assets" root so
 * one invalidation refreshes lists, details, trees and attachments after a write.
 */
import type { TListAssetsQuery } from "@/lib/assets/schemas";

export type AssetListFilters = Omit<TListAssetsQuery, "cursor">;

export const queryKeys = {
  account: ["account"] as const,
  members: ["members"] as const,
  tokens: ["tokens"] as const,
  dashboard: ["dashboard"] as const,
  assets: ["assets"] as const,
  assetList: (filters: AssetListFilters) => ["assets", "list", filters] as const,
  asset: (id: string) => ["assets", "detail", id] as const,
  assetTree: (id: string) => ["assets", "tree", id] as const,
  attachments: (assetId: string) => ["assets", "attachments", assetId] as const,
  locations: ["locations"] as const,
  tags: ["tags"] as const,
  deadJobs: ["admin", "dead-jobs"] as const,
  outbox: ["admin", "outbox"] as const,
};
