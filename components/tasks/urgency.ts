import type { BadgeTone } from "@/components/ui/badge";
import { daysBetween } from "@/lib/client/format";
import type { TTaskOut } from "@/lib/tasks/schemas";

export interface Urgency {
  tone: BadgeTone;
  /** Always shown as text, so the colour is never the only signal. */
  label: string;
  level: "overdue" | "soon" | "later" | "none" | "closed";
}

const CLOSED_LABELS: Record<string, string> = { DONE: "Done", SKIPPED: "Skipped", CANCELLED: "Cancelled" };

/** Overdue is red; due within the schedule's lead days (or today) is amber. */
export function taskUrgency(task: Pick<TTaskOut, "status" | "dueOn" | "trigger">, today: string, leadDays: number): Urgency {
  const closed = CLOSED_LABELS[task.status];
  if (closed) return { tone: task.status === "DONE" ? "success" : "neutral", label: closed, level: "closed" };
  if (!task.dueOn) return { tone: "neutral", label: task.trigger === "USAGE" ? "Waits for usage" : "No date", level: "none" };
  const days = daysBetween(today, task.dueOn);
  if (days < 0) return { tone: "danger", label: days === -1 ? "Overdue by 1 day" : `Overdue by ${-days} days`, level: "overdue" };
  if (days === 0) return { tone: "warning", label: "Due today", level: "soon" };
  if (days <= leadDays) return { tone: "warning", label: days === 1 ? "Due tomorrow" : `Due in ${days} days`, level: "soon" };
  return { tone: "info", label: `In ${days} days`, level: "later" };
}

export const STATUS_LABELS: Record<TTaskOut["status"], string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  BLOCKED: "Blocked",
  DONE: "Done",
  SKIPPED: "Skipped",
  CANCELLED: "Cancelled",
};

/** Soonest first; undated tasks last. */
export function byDueDate(a: Pick<TTaskOut, "dueOn">, b: Pick<TTaskOut, "dueOn">): number {
  if (a.dueOn === b.dueOn) return 0;
  if (!a.dueOn) return 1;
  if (!b.dueOn) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
}
