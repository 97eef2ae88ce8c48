"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  TCreateSchedule,
  TPreviewOut,
  TPreviewSchedule,
  TScheduleChangeOut,
  TScheduleHistoryPage,
  TScheduleOut,
  TUpdateSchedule,
} from "@/lib/schedules/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

const HISTORY_PAGE_SIZE = 20;

export function useScheduleList(assetId?: string) {
  return useQuery({
    queryKey: queryKeys.scheduleList(assetId),
    queryFn: ({ signal }) => apiFetch<TScheduleOut[]>("/api/advanced-schedules", { query: { assetId }, signal }),
  });
}

/** An empty id (a task without a schedule) asks nothing. */
export function useSchedule(id: string) {
  return useQuery({
    queryKey: queryKeys.schedule(id),
    queryFn: () => apiFetch<TScheduleOut>(`/api/advanced-schedules/${id}`),
    enabled: Boolean(id),
  });
}

/** A schedule's past occurrences, latest first; "Load more" follows the cursor. Under the maintenance root, so a completion refreshes it. */
export function useScheduleHistory(id: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.scheduleHistory(id),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<TScheduleHistoryPage>(`/api/advanced-schedules/${id}/history`, {
        query: { limit: HISTORY_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The next due dates of a rule being edited; null input (an incomplete rule) asks nothing. */
export function useSchedulePreview(input: TPreviewSchedule | null) {
  return useQuery({
    queryKey: queryKeys.schedulePreview(input),
    queryFn: ({ signal }) => apiFetch<TPreviewOut>("/api/advanced-schedules/preview", { method: "POST", body: input, signal }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useSaveSchedule(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateSchedule | TUpdateSchedule) =>
      id
        ? apiFetch<TScheduleChangeOut>(`/api/advanced-schedules/${id}`, { method: "PATCH", body: input })
        : apiFetch<TScheduleChangeOut>("/api/advanced-schedules", { method: "POST", body: input }),
    onSuccess: (result) => {
      client.setQueryData(queryKeys.schedule(result.schedule.id), result.schedule);
      void client.invalidateQueries({ queryKey: queryKeys.maintenance });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}

export function useDeleteSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/advanced-schedules/${id}`, { method: "DELETE" }),
    onSuccess: (_result, id) => {
      // The detail query would refetch into a 404 while the page navigates away.
      client.removeQueries({ queryKey: queryKeys.schedule(id) });
      void client.invalidateQueries({ queryKey: queryKeys.maintenance });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}

/** Pausing cancels or resuming plans the open task, so task lists refresh too. */
export function useSetSchedulePaused() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, paused }: { id: string; paused: boolean }) =>
      apiFetch<TScheduleChangeOut>(`/api/advanced-schedules/${id}/${paused ? "pause" : "resume"}`, { method: "POST" }),
    onSuccess: (result) => {
      client.setQueryData(queryKeys.schedule(result.schedule.id), result.schedule);
      void client.invalidateQueries({ queryKey: queryKeys.maintenance });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}
