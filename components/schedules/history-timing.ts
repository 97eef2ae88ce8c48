import type { BadgeTone } from "@/components/ui/badge";
import type { TScheduleHistoryEntry } from "@/lib/schedules/schemas";

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/** How an occurrence went, in words (the badge colour only repeats it). */
export function historyTiming(entry: Pick<TScheduleHistoryEntry, "status" | "daysLate">): { label: string; tone: BadgeTone } {
  if (entry.status === "SKIPPED") return { label: "Skipped", tone: "neutral" };
  if (entry.status === "CANCELLED") return { label: "Cancelled", tone: "neutral" };
  if (entry.daysLate === null) return { label: "Done", tone: "success" };
  if (entry.daysLate > 0) return { label: `${days(entry.daysLate)} late`, tone: "warning" };
  if (entry.daysLate < 0) return { label: `${days(-entry.daysLate)} early`, tone: "info" };
  return { label: "On time", tone: "success" };
}
