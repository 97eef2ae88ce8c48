"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TAppriseStatusOut, TAppriseTargetOut, TAppriseTestOut, TCreateAppriseTarget } from "@/lib/apprise/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

/** Your own Apprise targets and the household's, URLs masked to their scheme. */
export function useAppriseTargets() {
  return useQuery({
    queryKey: queryKeys.appriseTargets,
    queryFn: () => apiFetch<TAppriseTargetOut[]>("/api/apprise"),
  });
}

/** Whether the server can reach Apprise at all (an API server, the command, or neither). */
export function useAppriseStatus() {
  return useQuery({
    queryKey: queryKeys.appriseStatus,
    queryFn: () => apiFetch<TAppriseStatusOut>("/api/apprise/status"),
  });
}

export function useCreateAppriseTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateAppriseTarget) =>
      apiFetch<TAppriseTargetOut>("/api/apprise", {
        method: "POST",
        body: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.appriseTargets }),
  });
}

export function useDeleteAppriseTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/apprise/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.appriseTargets }),
  });
}

/** Sends a test message now: to one target, or (no id) to every target you manage. */
export function useTestApprise() {
  return useMutation({
    mutationFn: (targetId?: string) =>
      apiFetch<TAppriseTestOut>("/api/apprise/test", {
        method: "POST",
        body: targetId ? { targetId } : {},
      }),
  });
}
