"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { THouseholdSettingsOut, TUpdateHouseholdSettings } from "@/lib/households/settings-schemas";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";

/** Name, time zone, hemisphere, currency and first day of the week of the active household. */
export function useHouseholdSettings() {
  return useQuery({
    queryKey: queryKeys.householdSettings,
    queryFn: () => apiFetch<THouseholdSettingsOut>("/api/households/current"),
    staleTime: 5 * 60_000,
  });
}

export function useUpdateHouseholdSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateHouseholdSettings) =>
      apiFetch<THouseholdSettingsOut>("/api/households/current", { method: "PATCH", body: input }),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.householdSettings, saved);
      // The zone moves "today" (overdue, due soon, warranty days left) and the name shows in the shell: refresh everything.
      return client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.householdSettings[0] });
    },
  });
}
