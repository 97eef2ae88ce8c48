"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TAcceptInvitationOut, TCreateInvitation, TInvitationOut } from "@/lib/invitations/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

export function useInvitations(enabled = true) {
  return useQuery({ queryKey: queryKeys.invitations, queryFn: () => apiFetch<TInvitationOut[]>("/api/invitations"), enabled });
}

export function useCreateInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateInvitation) => apiFetch<TInvitationOut>("/api/invitations", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/invitations/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (token: string) => apiFetch<TAcceptInvitationOut>("/api/invitations/accept", { method: "POST", body: { token } }),
  });
}
