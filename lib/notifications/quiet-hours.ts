/**
 * Quiet hours: a daily local-time window in which push and Apprise notifications wait
 * (notify.ts schedules both with afterQuietHours). The window may wrap past midnight
 * (22:00-07:00). E-mail and the in-app list do not wait: they are not interruptions.
 */
import "server-only";
import { addDays, calendarDateInZone, localDateTimeToInstant } from "@/lib/core/calendar-date";

export interface QuietHours {
  /** Minutes after local midnight. */
  start: number;
  end: number;
  timeZone: string;
}

function localMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute");
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** A user's stored quiet hours (UserNotificationSettings), in their zone or else the household's; null: none. */
export function quietHoursOf(
  settings: { quietHoursStart: number | null; quietHoursEnd: number | null; timeZone: string | null } | undefined,
  householdTimeZone: string,
): QuietHours | null {
  if (settings?.quietHoursStart == null || settings.quietHoursEnd == null) return null;
  return { start: settings.quietHoursStart, end: settings.quietHoursEnd, timeZone: settings.timeZone ?? householdTimeZone };
}

/** `now` when outside quiet hours, else the instant they end. */
export function afterQuietHours(now: Date, quiet: QuietHours | null): Date {
  if (!quiet || quiet.start === quiet.end) return now;
  const minutes = localMinutes(now, quiet.timeZone);
  const wraps = quiet.start > quiet.end;
  const inside = wraps ? minutes >= quiet.start || minutes < quiet.end : minutes >= quiet.start && minutes < quiet.end;
  if (!inside) return now;
  const today = calendarDateInZone(now, quiet.timeZone);
  const endDay = wraps && minutes >= quiet.start ? addDays(today, 1) : today;
  return localDateTimeToInstant(endDay, quiet.timeZone, hhmm(quiet.end));
}
