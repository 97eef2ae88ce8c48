"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TChangePassword, TChangePasswordOut } from "@/lib/accounts/schemas";
import { browserHouseholdLocale } from "@/lib/households/browser-locale";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";
import type { TAccount, TMember } from "../types";

export function useAccount() {
  return useQuery({ queryKey: queryKeys.account, queryFn: () => apiFetch<TAccount>("/api/account"), staleTime: 5 * 60_000 });
}

export function useMembers(enabled = true) {
  return useQuery({
    queryKey: queryKeys.members,
    queryFn: () => apiFetch<TMember[]>("/api/households/current/members"),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TChangePassword) => apiFetch<TChangePasswordOut>("/api/account/password", { method: "PUT", body: input }),
    // Revoked tokens leave the API tokens list.
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}

export function useCreateHousehold() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiFetch<{ id: string }>("/api/households", { method: "POST", body: { name, locale: browserHouseholdLocale() } }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.account }),
  });
}

/**
 * Switching household changes every piece of data on screen (and the role), so after
 * the server confirms, the caller reloads the app rather than patching caches.
 */
export function useSwitchHousehold() {
  return useMutation({
    mutationFn: (householdId: string) => apiFetch<unknown>("/api/households/active", { method: "PUT", body: { householdId } }),
  });
}
