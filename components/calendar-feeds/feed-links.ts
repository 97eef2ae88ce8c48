/** Pure helpers for the Settings → Calendar section: subscription links, QR path, labels. */
import type { TCalendarFeedScope } from "@/lib/client/types";

/**
 * The feed's URL as a webcal:// link, which Apple Calendar, Outlook and Thunderbird open as
 * "subscribe" (an https:// link would just download the file once). Null for anything that
 * is not an http(s) URL, so a bad value never becomes a link.
 */
export function webcalUrl(url: string): string | null {
  const match = /^https?:\/\/(.+)$/i.exec(url.trim());
  return match ? `webcal://${match[1]}` : null;
}

/** Google Calendar's "add by URL" page, pre-filled with the feed. */
export function googleCalendarAddUrl(url: string): string | null {
  const webcal = webcalUrl(url);
  return webcal ? `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` : null;
}

/**
 * An SVG path drawing the dark modules of a QR matrix (rows of booleans), one "h" run per
 * horizontal stretch of dark modules, in module units: use with viewBox "0 0 size size".
 */
export function qrModulesPath(rows: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join("");
}

export const SCOPE_LABELS: Record<TCalendarFeedScope, string> = {
  MY_TASKS: "My tasks",
  HOUSEHOLD_TASKS: "All household tasks I can see",
  WARRANTIES: "Warranty ends",
  ASSET: "One asset",
};

/** Reminder choices in minutes before the event (all-day events start at midnight). */
export const LEAD_TIME_CHOICES: readonly number[] = [0, 15, 60, 120, 540, 1440, 2880, 10080];

/** "No reminder", "At the start", "15 minutes before", "1 hour before", "2 days before", "1 week before". */
export function leadTimeLabel(minutes: number | null): string {
  if (minutes === null) return "No reminder";
  if (minutes === 0) return "At the start";
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"} before`;
  if (minutes % 10080 === 0) return unit(minutes / 10080, "week");
  if (minutes % 1440 === 0) return unit(minutes / 1440, "day");
  if (minutes % 60 === 0) return unit(minutes / 60, "hour");
  return unit(minutes, "minute");
}

export const WINDOW_MONTH_CHOICES: readonly number[] = [3, 6, 12, 24];
export const DEFAULT_WINDOW_MONTHS = 12;
