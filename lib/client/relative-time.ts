import { UI_LOCALE } from "./format";

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["minute", 60],
  ["hour", 60 * 60],
  ["day", 24 * 60 * 60],
];
const WEEK_SECONDS = 7 * 24 * 60 * 60;

/** "just now", "5 minutes ago", "yesterday", "3 days ago"; after a week the date itself. */
export function formatRelativeTime(iso: string, now: Date = new Date(), locale: string = UI_LOCALE): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 45) return "just now";
  if (seconds >= WEEK_SECONDS) return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(then);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  let unit: Intl.RelativeTimeFormatUnit = "minute";
  let size = 60;
  for (const [candidate, candidateSize] of UNITS) {
    if (seconds >= candidateSize) [unit, size] = [candidate, candidateSize];
  }
  return format.format(-Math.max(1, Math.round(seconds / size)), unit);
}
