"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";
import type { TCalendarFeed, TCalendarFeedWithUrl, TCreateCalendarFeed, TUpdateCalendarFeed } from "../types";

const BASE = "/api/calendar-integration/feeds";

export function useCalendarFeeds() {
  return useQuery({
    queryKey: queryKeys.calendarFeeds,
    queryFn: async ({ signal }) => (await apiFetch<{ items: TCalendarFeed[] }>(BASE, { signal })).items,
  });
}

export function useCreateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateCalendarFeed) => apiFetch<TCalendarFeedWithUrl>(BASE, { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.calendarFeeds }),
  });
}

export function useUpdateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: TUpdateCalendarFeed & { id: string }) =>
      apiFetch<TCalendarFeed>(`${BASE}/${encodeURIComponent(id)}`, { method: "PATCH", body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.calendarFeeds }),
  });
}

export function useDeleteCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`${BASE}/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.calendarFeeds }),
  });
}

export function useRotateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<TCalendarFeedWithUrl>(`${BASE}/${encodeURIComponent(id)}/rotate`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.calendarFeeds }),
  });
}
