"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type {
  TCompleteTask,
  TCompleteTaskOut,
  TCreateTask,
  TSkipTaskOut,
  TTaskCalendarOut,
  TTaskOut,
  TTaskPage,
  TUpdateTask,
} from "@/lib/tasks/schemas";
import type { TBlackoutOut, TCreateBlackout } from "@/lib/households/blackouts-schemas";
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

/** Due order unless a view asks otherwise, so a capped page holds the tasks due first. */
export function useTaskList(filters: TaskListFilters, enabled = true) {
  const sorted: TaskListFilters = { sort: "due", ...filters };
  return useQuery({
    queryKey: queryKeys.taskList(sorted),
    queryFn: ({ signal }) => apiFetch<TTaskPage>(taskListPath(sorted), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The same list, page by page (cursor), for views that show more than one page. Its key
 * sits under queryKeys.tasks, so every task write refreshes it like the single-page lists.
 */
export function useTaskPages(filters: TaskListFilters) {
  const sorted: TaskListFilters = { sort: "due", ...filters };
  return useInfiniteQuery({
    queryKey: [...queryKeys.tasks, "pages", sorted],
    queryFn: ({ pageParam, signal }) => apiFetch<TTaskPage>(taskListPath(sorted), { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
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

/** An ad-hoc task, without a schedule. */
export function useCreateTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateTask) => apiFetch<TTaskOut>("/api/tasks", { method: "POST", body: input }),
    onSuccess: (task) => {
      client.setQueryData(queryKeys.task(task.id), task);
      refreshMaintenance(client);
    },
  });
}

/** Title, notes, priority, date (ad-hoc only), assignees or status (OPEN, IN_PROGRESS, BLOCKED, CANCELLED). */
export function useUpdateTask(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateTask) => apiFetch<TTaskOut>(`/api/tasks/${id}`, { method: "PATCH", body: input }),
    onSuccess: (task) => {
      client.setQueryData(queryKeys.task(id), task);
      refreshMaintenance(client);
    },
  });
}

export function useDeleteTask(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>(`/api/tasks/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      // Everything but the deleted task itself, which would answer 404 while the page navigates away.
      const gone = JSON.stringify(queryKeys.task(id));
      void client.invalidateQueries({ queryKey: queryKeys.maintenance, predicate: (query) => JSON.stringify(query.queryKey) !== gone });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
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
    mutationFn: (input: { title: string; isRequired: boolean }) =>
      apiFetch<TTaskOut>(`/api/task-enhancements/${parentId}/subtasks`, { method: "POST", body: input }),
    onSuccess: () => refreshMaintenance(client),
  });
}

/**
 * Whether a subtask blocks completing its parent. Stays pending until the refreshed
 * lists arrive, so a toggle showing its wanted state never flips back to the stale one.
 */
export function useSetSubtaskRequired(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (isRequired: boolean) => apiFetch<TTaskOut>(`/api/tasks/${id}`, { method: "PATCH", body: { isRequired } }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.maintenance }),
  });
}

/** The days of one month ("YYYY-MM") with tasks due. */
export function useTaskCalendar(month: string) {
  return useQuery({
    queryKey: queryKeys.taskCalendar(month),
    queryFn: ({ signal }) => apiFetch<TTaskCalendarOut>(withQuery("/api/tasks/calendar", { month }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Household blackouts and holidays: they decide where schedules place tasks, so they live with the maintenance hooks. */
export function useBlackouts() {
  return useQuery({
    queryKey: queryKeys.blackouts,
    queryFn: ({ signal }) => apiFetch<TBlackoutOut[]>("/api/households/current/blackouts", { signal }),
  });
}

export function useCreateBlackout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateBlackout) => apiFetch<TBlackoutOut>("/api/households/current/blackouts", { method: "POST", body: input }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.blackouts }),
  });
}

export function useDeleteBlackout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/households/current/blackouts/${id}`, { method: "DELETE" }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.blackouts }),
  });
}
