import type { TTaskOut, TUpdateTask } from "@/lib/tasks/schemas";

export type SettableStatus = NonNullable<TUpdateTask["status"]>;

/** The status buttons an open task offers; closing goes through Complete, Skip or Cancel. */
export function statusActions(status: TTaskOut["status"]): { label: string; status: SettableStatus }[] {
  if (status === "OPEN")
    return [
      { label: "Start", status: "IN_PROGRESS" },
      { label: "Blocked", status: "BLOCKED" },
    ];
  if (status === "IN_PROGRESS") return [{ label: "Blocked", status: "BLOCKED" }];
  if (status === "BLOCKED") return [{ label: "Unblock", status: "OPEN" }];
  return [];
}
