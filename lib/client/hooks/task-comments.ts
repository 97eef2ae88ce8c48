"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TTaskCommentOut, TTaskCommentPage } from "@/lib/comments/schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

const PAGE_SIZE = 50;

const commentsPath = (taskId: string) => `/api/task-enhancements/${taskId}/comments`;

/** Oldest first; each further page holds newer comments. */
export function useTaskComments(taskId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.taskComments(taskId),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<TTaskCommentPage>(commentsPath(taskId), { query: { limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAddTaskComment(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => apiFetch<TTaskCommentOut>(commentsPath(taskId), { method: "POST", body: { body } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.taskComments(taskId) }),
  });
}

export function useDeleteTaskComment(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (commentId: string) => apiFetch<void>(`${commentsPath(taskId)}/${commentId}`, { method: "DELETE" }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.taskComments(taskId) }),
  });
}
