import { ZNotificationSettings } from "@/lib/notifications/schemas";

export type LeadDaysParse = { ok: true; days: number[] } | { ok: false; error: string };

/** "30, 14, 7" → [30, 14, 7], with the server's limits checked before any request. */
export function parseLeadDays(text: string): LeadDaysParse {
  const parts = text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const bad = parts.find((part) => !/^\d+$/.test(part));
  if (bad !== undefined) return { ok: false, error: `"${bad}" is not a whole number of days` };
  const parsed = ZNotificationSettings.safeParse({ warrantyLeadDays: parts.map(Number) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path.length === 1) return { ok: false, error: "Give at most 10 days" };
    return { ok: false, error: "Each day must be between 0 and 365" };
  }
  return { ok: true, days: parsed.data.warrantyLeadDays };
}

export function formatLeadDays(days: readonly number[]): string {
  return days.join(", ");
}
