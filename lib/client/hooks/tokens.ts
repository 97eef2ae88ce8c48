"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";
import type { TApiToken, TCreatedApiToken } from "../types";

export function useApiTokens(enabled = true) {
  return useQuery({ queryKey: queryKeys.tokens, queryFn: () => apiFetch<TApiToken[]>("/api/tokens"), enabled });
}

export function useCreateApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => apiFetch<TCreatedApiToken>("/api/tokens", { method: "POST", body: { name } }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}

export function useRevokeApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/tokens/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}
