"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TOutboxPage } from "@/lib/email/schemas";
import type { TJobOut, TJobPage } from "@/lib/server/jobs/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

export function useDeadJobs(enabled = true) {
  return useInfiniteQuery({
    queryKey: queryKeys.deadJobs,
    queryFn: ({ pageParam }) =>
      apiFetch<TJobPage>(`/api/admin/jobs?limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export function useReplayJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<TJobOut>(`/api/admin/jobs/${id}/replay`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.deadJobs }),
  });
}

export function useOutbox(enabled = true) {
  return useInfiniteQuery({
    queryKey: queryKeys.outbox,
    queryFn: ({ pageParam }) => apiFetch<TOutboxPage>(`/api/admin/outbox?limit=10${pageParam ? `&cursor=${pageParam}` : ""}`),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}
