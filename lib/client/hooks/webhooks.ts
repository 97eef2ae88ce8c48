"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  TCreateWebhook,
  TUpdateWebhook,
  TWebhookDeliveryPage,
  TWebhookOut,
  TWebhookQueuedOut,
  TWebhookWithSecretOut,
} from "@/lib/webhooks/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

/** Deliveries happen in the background: an open log looks again this often. */
const DELIVERY_LOG_REFRESH_MS = 4_000;
/** The summary line of every endpoint, less eagerly. */
const LATEST_DELIVERY_REFRESH_MS = 15_000;

export function useWebhooks(enabled = true) {
  return useQuery({ queryKey: queryKeys.webhookList, queryFn: () => apiFetch<TWebhookOut[]>("/api/webhooks"), enabled });
}

export function useWebhookDeliveries(endpointId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.webhookDeliveries(endpointId),
    queryFn: ({ pageParam }) =>
      apiFetch<TWebhookDeliveryPage>(
        `/api/webhooks/${endpointId}/deliveries?limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: DELIVERY_LOG_REFRESH_MS,
  });
}

/** The newest delivery only, for the endpoint's summary line. */
export function useLatestWebhookDelivery(endpointId: string) {
  return useQuery({
    queryKey: queryKeys.webhookLatestDelivery(endpointId),
    queryFn: async () => (await apiFetch<TWebhookDeliveryPage>(`/api/webhooks/${endpointId}/deliveries?limit=1`)).items[0] ?? null,
    refetchInterval: LATEST_DELIVERY_REFRESH_MS,
  });
}

function useWebhookWrite<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.webhooks }) });
}

export function useCreateWebhook() {
  return useWebhookWrite((input: TCreateWebhook) => apiFetch<TWebhookWithSecretOut>("/api/webhooks", { method: "POST", body: input }));
}

export function useUpdateWebhook() {
  return useWebhookWrite(({ id, ...input }: TUpdateWebhook & { id: string }) =>
    apiFetch<TWebhookOut>(`/api/webhooks/${id}`, { method: "PATCH", body: input }),
  );
}

export function useDeleteWebhook() {
  return useWebhookWrite((id: string) => apiFetch<void>(`/api/webhooks/${id}`, { method: "DELETE" }));
}

export function useRotateWebhookSecret() {
  return useWebhookWrite((id: string) => apiFetch<TWebhookWithSecretOut>(`/api/webhooks/${id}/rotate-secret`, { method: "POST" }));
}

export function useSendTestWebhook() {
  return useWebhookWrite((id: string) => apiFetch<TWebhookQueuedOut>(`/api/webhooks/${id}/test`, { method: "POST" }));
}

export function useResendWebhookDelivery() {
  return useWebhookWrite(({ endpointId, deliveryId }: { endpointId: string; deliveryId: string }) =>
    apiFetch<TWebhookQueuedOut>(`/api/webhooks/${endpointId}/deliveries/${deliveryId}/resend`, { method: "POST" }),
  );
}
