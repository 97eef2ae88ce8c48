/**
 * Writes a FeedCalendar as an RFC 5545 iCalendar object: CRLF line ends, 75-octet folding,
 * TEXT escaping, one VTIMEZONE per zone a timed event uses, all-day events as VALUE=DATE
 * with an exclusive DTEND. The same FeedCalendar always gives the same bytes: nothing here
 * reads the clock or the process time zone.
 */
import "server-only";
import { valarmLines } from "./alarm";
import {
  type CivilDateTime,
  formatCivil,
  formatDate,
  formatMinutesDuration,
  formatUtcDateTime,
  nextDay,
  parseIcalDate,
  parseIcalTime,
} from "./dates";
import { escapeText, uriValue } from "./escape";
import { joinContentLines } from "./fold";
import { assertTimeZone, instantsForWallTime, tzidParam, vtimezoneLines, wallTimeAt, wallTimeToInstant } from "./timezone";
import type { FeedCalendar, FeedEvent } from "./types";

/**
 * DTSTART and DTEND of a timed event: the wall time in its zone (TZID), the end that many
 * minutes of elapsed time later. A wall time that does not name exactly one instant (in the
 * repeated autumn hour, or in the spring gap) is written in UTC instead: parsers disagree on
 * which instant such a wall time means (ical.js takes the first, node-ical the second), and
 * RFC 5545 allows a UTC DTSTART/DTEND beside a TZID one.
 */
function timedRange(start: Extract<FeedEvent["start"], { kind: "dateTime" }>) {
  if (!Number.isSafeInteger(start.durationMinutes) || start.durationMinutes < 0) {
    throw new RangeError(`Not a whole number of minutes: ${start.durationMinutes}`);
  }
  assertTimeZone(start.timeZone);
  const { year, month, day } = parseIcalDate(start.date);
  const { hour, minute } = parseIcalTime(start.time);
  const begin = { year, month, day, hour, minute, second: 0 };
  const beginInstant = wallTimeToInstant(start.timeZone, begin);
  const endInstant = beginInstant + start.durationMinutes * 60_000;
  const end = wallTimeAt(start.timeZone, endInstant);
  const tzid = tzidParam(start.timeZone);
  const value = (wall: CivilDateTime, instant: number) =>
    instantsForWallTime(start.timeZone, wall).length === 1
      ? `;TZID=${tzid}:${formatCivil(wall)}`
      : `:${formatUtcDateTime(new Date(instant))}`;
  return { begin, end, dtstart: `DTSTART${value(begin, beginInstant)}`, dtend: `DTEND${value(end, endInstant)}` };
}

function eventLines(event: FeedEvent): string[] {
  const stamp = formatUtcDateTime(event.lastModified);
  const lines = ["BEGIN:VEVENT", `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`, `LAST-MODIFIED:${stamp}`];
  if (event.start.kind === "date") {
    lines.push(`DTSTART;VALUE=DATE:${formatDate(event.start.date)}`, `DTEND;VALUE=DATE:${formatDate(nextDay(event.start.date))}`);
  } else {
    const { dtstart, dtend } = timedRange(event.start);
    lines.push(dtstart, dtend);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${uriValue(event.url)}`);
  const categories = event.categories.filter((c) => c.length > 0).map(escapeText);
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.join(",")}`);
  if (!Number.isSafeInteger(event.sequence) || event.sequence < 0) throw new RangeError(`Not a SEQUENCE: ${event.sequence}`);
  lines.push(`SEQUENCE:${event.sequence}`, "TRANSP:TRANSPARENT");
  if (event.alarmMinutesBefore !== null && event.alarmMinutesBefore !== undefined) {
    lines.push(...valarmLines(event.alarmMinutesBefore, event.summary));
  }
  lines.push("END:VEVENT");
  return lines;
}

/** Years (inclusive) each zone's timed events touch, start and end. */
function zoneYears(events: readonly FeedEvent[]): Map<string, { from: number; to: number }> {
  const zones = new Map<string, { from: number; to: number }>();
  for (const event of events) {
    if (event.start.kind !== "dateTime") continue;
    const { begin, end } = timedRange(event.start);
    const known = zones.get(event.start.timeZone);
    zones.set(event.start.timeZone, {
      from: Math.min(known?.from ?? begin.year, begin.year),
      to: Math.max(known?.to ?? end.year, end.year),
    });
  }
  return zones;
}

export function writeCalendar(calendar: FeedCalendar): string {
  const refresh = formatMinutesDuration(calendar.refreshMinutes);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(calendar.productId)}`,
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
  ];
  const zones = zoneYears(calendar.events);
  for (const zone of [...zones.keys()].sort()) {
    const { from, to } = zones.get(zone)!;
    // One year before the first event, so the observance in force on its January 1 is stated.
    lines.push(...vtimezoneLines(zone, from - 1, to));
  }
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push("END:VCALENDAR");
  return joinContentLines(lines);
}
