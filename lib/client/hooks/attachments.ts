"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, uploadWithProgress } from "../api";
import { queryKeys } from "../query-keys";
import type { TAttachmentKind, TAttachmentList } from "../types";

export function useAttachments(assetId: string) {
  return useQuery({
    queryKey: queryKeys.attachments(assetId),
    queryFn: () => apiFetch<TAttachmentList>(`/api/assets/${assetId}/attachments`),
    select: (list) => list.items,
  });
}

/** Uploads one file (one request each, so each file has its own progress and error). */
export function uploadAttachment(assetId: string, file: File, kind: TAttachmentKind, onProgress: (fraction: number) => void) {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", file, file.name);
  return uploadWithProgress<TAttachmentList>(`/api/assets/${assetId}/attachments`, form, onProgress);
}

export function useDeleteAttachment(assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => apiFetch<void>(`/api/attachments/${attachmentId}`, { method: "DELETE" }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.attachments(assetId) });
      // The cover photo of the asset may have changed.
      void client.invalidateQueries({ queryKey: queryKeys.asset(assetId) });
      void client.invalidateQueries({ queryKey: ["assets", "list"] });
    },
  });
}
