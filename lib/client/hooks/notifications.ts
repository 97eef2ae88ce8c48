"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  TMarkNotificationsRead,
  TMarkNotificationsReadOut,
  TNotificationPage,
  TNotificationPreferences,
  TNotificationSettings,
  TPushSubscriptionIn,
  TPushSubscriptionOut,
  TQuietHours,
  TUpdateNotificationPreferences,
  TUpdateNotificationSettings,
  TUpdateQuietHours,
} from "@/lib/notifications/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

const PAGE_SIZE = 20;
const UNREAD_POLL_MS = 60_000;

export function useNotifications() {
  return useInfiniteQuery({
    queryKey: queryKeys.notificationList,
    queryFn: ({ pageParam }) => apiFetch<TNotificationPage>("/api/notifications", { query: { limit: PAGE_SIZE, cursor: pageParam } }),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The bell's count: one unread row is enough, the page carries the total. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: queryKeys.notificationUnread,
    queryFn: () => apiFetch<TNotificationPage>("/api/notifications", { query: { limit: 1, unread: true } }),
    select: (page) => page.unreadCount,
    refetchInterval: UNREAD_POLL_MS,
  });
}

export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TMarkNotificationsRead) =>
      apiFetch<TMarkNotificationsReadOut>("/api/notifications/read", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: queryKeys.notificationPreferences,
    queryFn: () => apiFetch<TNotificationPreferences>("/api/notifications/preferences"),
  });
}

export function useUpdateNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateNotificationPreferences) =>
      apiFetch<TNotificationPreferences>("/api/notifications/preferences", { method: "PUT", body: input }),
    onSuccess: (data) => client.setQueryData(queryKeys.notificationPreferences, data),
  });
}

export function useQuietHours() {
  return useQuery({ queryKey: queryKeys.quietHours, queryFn: () => apiFetch<TQuietHours>("/api/notifications/quiet-hours") });
}

export function useUpdateQuietHours() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateQuietHours) => apiFetch<TQuietHours>("/api/notifications/quiet-hours", { method: "PUT", body: input }),
    onSuccess: (data) => client.setQueryData(queryKeys.quietHours, data),
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: queryKeys.notificationSettings,
    queryFn: () => apiFetch<TNotificationSettings>("/api/notifications/settings"),
  });
}

export function useUpdateNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateNotificationSettings) =>
      apiFetch<TNotificationSettings>("/api/notifications/settings", { method: "PUT", body: input }),
    onSuccess: (data) => client.setQueryData(queryKeys.notificationSettings, data),
  });
}

export function fetchVapidPublicKey(): Promise<{ publicKey: string }> {
  return apiFetch<{ publicKey: string }>("/api/notifications/push/vapid-public-key");
}

export function savePushSubscription(input: TPushSubscriptionIn): Promise<TPushSubscriptionOut> {
  return apiFetch<TPushSubscriptionOut>("/api/notifications/push/subscriptions", { method: "POST", body: input });
}

export function deletePushSubscription(endpoint: string): Promise<void> {
  return apiFetch<void>("/api/notifications/push/subscriptions", { method: "DELETE", body: { endpoint } });
}
