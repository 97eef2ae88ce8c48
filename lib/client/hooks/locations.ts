"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TCreateLocation, TLocationOut, TUpdateLocation } from "@/lib/locations/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

export function useLocations() {
  return useQuery({ queryKey: queryKeys.locations, queryFn: () => apiFetch<TLocationOut[]>("/api/locations") });
}

function useLocationWrite<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.locations });
      // Asset views show location paths.
      void client.invalidateQueries({ queryKey: queryKeys.assets });
    },
  });
}

export function useCreateLocation() {
  return useLocationWrite((input: TCreateLocation) => apiFetch<TLocationOut>("/api/locations", { method: "POST", body: input }));
}

export function useUpdateLocation() {
  return useLocationWrite(({ id, ...input }: TUpdateLocation & { id: string }) =>
    apiFetch<TLocationOut>(`/api/locations/${id}`, { method: "PATCH", body: input }),
  );
}

export function useDeleteLocation() {
  return useLocationWrite(({ id, force }: { id: string; force?: boolean }) =>
    apiFetch<void>(`/api/locations/${id}`, { method: "DELETE", query: { force: force ? "true" : undefined } }),
  );
}
