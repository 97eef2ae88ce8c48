"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TCreateTag, TTagWithCount, TUpdateTag } from "@/lib/tags/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

export function useTags() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: () => apiFetch<TTagWithCount[]>("/api/tags") });
}

function useTagWrite<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.tags });
      void client.invalidateQueries({ queryKey: queryKeys.assets });
    },
  });
}

export function useCreateTag() {
  return useTagWrite((input: TCreateTag) => apiFetch<TTagWithCount>("/api/tags", { method: "POST", body: input }));
}

export function useUpdateTag() {
  return useTagWrite(({ id, ...input }: TUpdateTag & { id: string }) =>
    apiFetch<TTagWithCount>(`/api/tags/${id}`, { method: "PATCH", body: input }),
  );
}

export function useDeleteTag() {
  return useTagWrite((id: string) => apiFetch<void>(`/api/tags/${id}`, { method: "DELETE" }));
}
