"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../api";
import { queryKeys } from "../query-keys";
import type { TDashboard } from "../types";

export function useDashboard() {
  return useQuery({ queryKey: queryKeys.dashboard, queryFn: () => apiFetch<TDashboard>("/api/dashboard") });
}
