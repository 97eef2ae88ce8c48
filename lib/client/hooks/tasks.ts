"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { TCompleteTask, TCompleteTaskOut, TSkipTaskOut, TTaskOut, TTaskPage } from "@/lib/tasks/schemas";
import { apiFetch, withQuery, type QueryValue } from "../api";
import { queryKeys, type TaskListFilters } from "../query-keys";

/** A task write can re-date the schedule's next task and change meters, so all maintenance views refresh. */
function refreshMaintenance(client: QueryClient) {
  void client.invalidateQueries({ queryKey: queryKeys.maintenance });
  void client.invalidateQueries({ queryKey: queryKeys.dashboard });
}

/** Statuses repeat as `status=A&status=B`, which withQuery's one-value-per-key cannot express. */
function taskListPath(filters: TaskListFilters): string {
  const { status, ...rest } = filters;
  const path = withQuery("/api/tasks", rest as Record<string, QueryValue>);
  const statuses = status === undefined ? [] : Array.isArray(status) ? status : [status];
  if (statuses.length === 0) return path;
  const extra = statuses.map((s) => `status=${encodeURIComponent(s)}`).join("&");
  return `${path}${path.includes("?") ? "&" : "?"}${extra}`;
}

export function useTaskList(filters: TaskListFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.taskList(filters),
    queryFn: ({ signal }) => apiFetch<TTaskPage>(taskListPath(filters), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: queryKeys.task(id), queryFn: () => apiFetch<TTaskOut>(`/api/tasks/${id}`) });
}

/** Subtasks are tasks whose parent is this one. */
export function useSubtasks(parentTaskId: string) {
  return useTaskList({ parentTaskId, limit: 200 });
}

export function useCompleteTask(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCompleteTask) => apiFetch<TCompleteTaskOut>(`/api/tasks/${id}/complete`, { method: "POST", body: input }),
    onSuccess: (result) => {
      client.setQueryData(queryKeys.task(id), result.task);
      refreshMaintenance(client);
    },
  });
}

export function useSkipTask(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note?: string) => apiFetch<TSkipTaskOut>(`/api/tasks/${id}/skip`, { method: "POST", body: note ? { note } : {} }),
    onSuccess: (result) => {
      client.setQueryData(queryKeys.task(id), result.task);
      refreshMaintenance(client);
    },
  });
}

export function useRescheduleTask(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (date: string | null) => apiFetch<TTaskOut>(`/api/tasks/${id}/reschedule`, { method: "POST", body: { date } }),
    onSuccess: (task) => {
      client.setQueryData(queryKeys.task(id), task);
      refreshMaintenance(client);
    },
  });
}

/** Ticks checklist items as the person goes, so progress survives a reload. */
export function useUpdateChecklist(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (checklistState: string[]) => apiFetch<TTaskOut>(`/api/tasks/${id}`, { method: "PATCH", body: { checklistState } }),
    onSuccess: (task) => client.setQueryData(queryKeys.task(id), task),
  });
}

export function useCreateSubtask(parentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => apiFetch<TTaskOut>(`/api/task-enhancements/${parentId}/subtasks`, { method: "POST", body: { title } }),
    onSuccess: () => refreshMaintenance(client),
  });
}
