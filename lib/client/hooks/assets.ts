"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { TAssetOut, TAssetPage, TAssetTreeNode, TCreateAsset, TDeleteAssetQuery, TUpdateAsset } from "@/lib/assets/schemas";
import { apiFetch, type QueryValue } from "../api";
import { queryKeys, type AssetListFilters } from "../query-keys";

const PAGE_SIZE = 24;

function refreshAssetViews(client: QueryClient) {
  void client.invalidateQueries({ queryKey: queryKeys.assets });
  void client.invalidateQueries({ queryKey: queryKeys.dashboard });
  // Asset counts per location and tag change with asset writes.
  void client.invalidateQueries({ queryKey: queryKeys.locations });
  void client.invalidateQueries({ queryKey: queryKeys.tags });
}

/** Cursor-paginated asset list; the previous results stay on screen while filters change. */
export function useAssetList(filters: AssetListFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.assetList(filters),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<TAssetPage>("/api/assets", {
        query: { limit: PAGE_SIZE, ...(filters as Record<string, QueryValue>), cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One asset; `initialData` is what the server page already read, so nothing flashes. */
export function useAsset(id: string | null, initialData?: TAssetOut) {
  return useQuery({
    queryKey: queryKeys.asset(id ?? ""),
    queryFn: () => apiFetch<TAssetOut>(`/api/assets/${id}`),
    enabled: Boolean(id),
    initialData,
  });
}

export function useAssetTree(id: string, enabled = true) {
  return useQuery({ queryKey: queryKeys.assetTree(id), queryFn: () => apiFetch<TAssetTreeNode>(`/api/assets/${id}/tree`), enabled });
}

export function useCreateAsset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateAsset) => apiFetch<TAssetOut>("/api/assets", { method: "POST", body: input }),
    onSuccess: (asset) => {
      client.setQueryData(queryKeys.asset(asset.id), asset);
      refreshAssetViews(client);
    },
  });
}

export function useUpdateAsset(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateAsset) => apiFetch<TAssetOut>(`/api/assets/${id}`, { method: "PATCH", body: input }),
    onSuccess: (asset) => {
      client.setQueryData(queryKeys.asset(asset.id), asset);
      refreshAssetViews(client);
    },
  });
}

/** Moves any asset (by id) under another parent, or to the top level with null. */
export function useMoveAsset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, parentId }: { id: string; parentId: string | null }) =>
      apiFetch<TAssetOut>(`/api/assets/${id}`, { method: "PATCH", body: { parentId } }),
    onSuccess: () => refreshAssetViews(client),
  });
}

export function useDeleteAsset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, components }: { id: string; components: TDeleteAssetQuery["components"] }) =>
      apiFetch<void>(`/api/assets/${id}`, { method: "DELETE", query: { components } }),
    onSuccess: (_data, { id }) => {
      client.removeQueries({ queryKey: queryKeys.asset(id) });
      refreshAssetViews(client);
    },
  });
}
