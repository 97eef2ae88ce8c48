"use client";

import { useQuery } from "@tanstack/react-query";
import type { TAssetPage } from "@/lib/assets/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

export interface AssetDirectoryEntry {
  id: string;
  name: string;
  parentId: string | null;
}

/** Enough for any household's inventory; beyond it pickers still work from the first ones by name. */
const MAX_ASSETS = 1000;
const PAGE = 100;

/**
 * Every visible asset's name and parent, by name: what a picker and parent paths need.
 * Pages are read in one go (a picker cannot "load more"); the key sits under
 * queryKeys.assets, so any asset write refreshes it.
 */
export function useAssetDirectory() {
  return useQuery({
    queryKey: [...queryKeys.assets, "directory"],
    queryFn: async ({ signal }) => {
      const entries: AssetDirectoryEntry[] = [];
      let cursor: string | undefined;
      do {
        const page: TAssetPage = await apiFetch<TAssetPage>("/api/assets", {
          query: { sort: "name", order: "asc", limit: PAGE, cursor },
          signal,
        });
        entries.push(...page.items.map(({ id, name, parentId }) => ({ id, name, parentId })));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && entries.length < MAX_ASSETS);
      return entries;
    },
    staleTime: 60_000,
  });
}
