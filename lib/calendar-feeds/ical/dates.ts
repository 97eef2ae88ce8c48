/**
 * Date and date-time values (RFC 5545 §3.3.4, §3.3.5). Pure calendar arithmetic on
 * "YYYY-MM-DD" strings through Date.UTC, so nothing depends on the process time zone.
 */
import "server-only";
import type { IcalDate } from "./types";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

export interface CivilDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Parses "YYYY-MM-DD", refusing impossible days such as 2026-02-30. */
export function parseIcalDate(date: IcalDate): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar day: ${date}`);
  }
  return { year, month, day };
}

/** Parses "HH:mm" (00:00 to 23:59). */
export function parseIcalTime(time: string): { hour: number; minute: number } {
  const match = TIME_PATTERN.exec(time);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) throw new RangeError(`Not an HH:mm time: ${JSON.stringify(time)}`);
  return { hour, minute };
}

/** "2026-03-01" → "20260301" (VALUE=DATE). */
export function formatDate(date: IcalDate): string {
  const { year, month, day } = parseIcalDate(date);
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

/** The following day: "2024-02-28" → "2024-02-29", "2026-12-31" → "2027-01-01". */
export function nextDay(date: IcalDate): IcalDate {
  const { year, month, day } = parseIcalDate(date);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** A UTC date-time "YYYYMMDDTHHMMSSZ" (DTSTAMP, LAST-MODIFIED); milliseconds are dropped. */
export function formatUtcDateTime(instant: Date): string {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("Invalid Date");
  return `${formatCivil(civilFromUtcMillis(ms))}Z`;
}

/** A local (TZID) date-time "YYYYMMDDTHHMMSS", no Z. */
export function formatCivil(c: CivilDateTime): string {
  return `${pad(c.year, 4)}${pad(c.month)}${pad(c.day)}T${pad(c.hour)}${pad(c.minute)}${pad(c.second)}`;
}

/** Reads the UTC fields of an instant as a civil date-time. */
export function civilFromUtcMillis(ms: number): CivilDateTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The civil date-time read as if it were UTC, in milliseconds (for offset arithmetic). */
export function civilToUtcMillis(c: CivilDateTime): number {
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
}

/** A whole-minute duration (REFRESH-INTERVAL, X-PUBLISHED-TTL, TRIGGER): 90 → "PT90M". */
export function formatMinutesDuration(minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError(`Not a whole number of minutes: ${minutes}`);
  return `PT${minutes}M`;
}
