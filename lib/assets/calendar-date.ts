/**
 * Calendar dates ("YYYY-MM-DD") for purchase and warranty fields. PostgreSQL `date`
 * columns come back from Prisma as Dates at UTC midnight, so all conversion happens
 * in UTC; "today" is the household's, since a warranty ends on a local day.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export function toCalendarDate(value: Date): string;
export function toCalendarDate(value: Date | null): string | null;
export function toCalendarDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function fromCalendarDate(value: string): Date;
export function fromCalendarDate(value: string | null): Date | null;
export function fromCalendarDate(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

export function addDays(date: string, days: number): string {
  const result = fromCalendarDate(date);
  result.setUTCDate(result.getUTCDate() + days);
  return toCalendarDate(result);
}

/** Today's date in the household's time zone (UTC when the zone is unknown). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
  } catch {
    return toCalendarDate(now);
  }
}
