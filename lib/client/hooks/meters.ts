"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TCreateMeter, TMeterOut, TRecordReading, TRecordReadingOut } from "@/lib/meters/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

export function useMeters(assetId: string | null) {
  return useQuery({
    queryKey: queryKeys.meters(assetId ?? ""),
    queryFn: () => apiFetch<TMeterOut[]>(`/api/assets/${assetId}/meters`),
    enabled: Boolean(assetId),
  });
}

export function useCreateMeter(assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateMeter) => apiFetch<TMeterOut>(`/api/assets/${assetId}/meters`, { method: "POST", body: input }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.meters(assetId) }),
  });
}

/** A reading can make usage tasks due, so tasks refresh too. */
export function useRecordReading(meterId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TRecordReading) => apiFetch<TRecordReadingOut>(`/api/meters/${meterId}/readings`, { method: "POST", body: input }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.maintenance });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}
