/** Task statuses, shared by the task API, schedules, reminders and the client. */
export const TASK_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "SKIPPED", "CANCELLED"] as const;
export type TaskStatusName = (typeof TASK_STATUSES)[number];

/** Statuses in which a task still waits for someone. */
export const OPEN_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED"] as const satisfies readonly TaskStatusName[];

export function isOpenStatus(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}
