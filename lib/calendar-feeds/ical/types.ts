/**
 * What the feed says, independent of how it is written. lib/calendar-feeds/ builds a
 * FeedCalendar from the database; lib/calendar-feeds/ical/ writes it as RFC 5545 text.
 * Nothing here reads the clock or the process time zone: every instant is a Date in UTC
 * and every day a "YYYY-MM-DD" string, so the same records give byte-identical output.
 */

/** A day on the household's calendar, "YYYY-MM-DD". */
import "server-only";
export type IcalDate = string;

/** When an event happens: a whole day (VALUE=DATE), or a wall-clock time in an IANA zone (TZID + VTIMEZONE). */
export type FeedEventStart =
  | { kind: "date"; date: IcalDate }
  | { kind: "dateTime"; date: IcalDate; time: string /* "HH:mm" */; timeZone: string; durationMinutes: number };

export interface FeedEvent {
  /** Stable across polls, rotations, restarts and servers: derived from record ids, never random. */
  uid: string;
  start: FeedEventStart;
  summary: string;
  description?: string;
  /** Link to the record in the app (also written into DESCRIPTION by the builder). */
  url?: string;
  categories: readonly string[];
  /** Grows whenever the occurrence's date or title changes. */
  sequence: number;
  /** DTSTAMP and LAST-MODIFIED: from the record, not from the request. */
  lastModified: Date;
  /** VALARM lead time before the start, in minutes; none when null/undefined. */
  alarmMinutesBefore?: number | null;
}

export interface FeedCalendar {
  /** PRODID, e.g. "-//DumbAssets Enhanced//Calendar feed//EN". */
  productId: string;
  /** X-WR-CALNAME (the household's and feed's name). */
  name: string;
  /** REFRESH-INTERVAL;VALUE=DURATION and X-PUBLISHED-TTL, in minutes. */
  refreshMinutes: number;
  events: readonly FeedEvent[];
}
