/**
 * Quiet hours: a daily local-time window in which push notifications wait. The window
 * may wrap past midnight (22:00-07:00). Only push waits: e-mail and the in-app list
 * are not interruptions.
 */
import { addDays, calendarDateInZone, localDateTimeToInstant } from "@/lib/schedules/engine/calendar-date";

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
