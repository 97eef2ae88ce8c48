/**
 * PLACEHOLDER (wip/feed-api): a minimal RFC 5545 writer so the feed route and its tests
 * run before the real writer (written in parallel on another branch) is merged. The lead
 * takes the other branch's file over this one. All-day events only; no VTIMEZONE.
 */
import type { FeedCalendar, FeedEvent, IcalDate } from "./types";

const escapeText = (value: string) => value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Folds a content line at 75 octets, never inside a UTF-8 sequence. */
function fold(line: string): string {
  if (!/[^\x00-\x7f]/.test(line)) {
    if (line.length <= 75) return line;
    const chunks = [line.slice(0, 75)];
    for (let i = 75; i < line.length; i += 74) chunks.push(line.slice(i, i + 74));
    return chunks.join("\r\n ");
  }
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const basicDate = (date: IcalDate) => date.replace(/-/g, "");

function nextDay(date: IcalDate): IcalDate {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const utcStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");

function eventLines(event: FeedEvent): string[] {
  if (event.start.kind !== "date") throw new Error("the placeholder writer only writes all-day events");
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.lastModified)}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART;VALUE=DATE:${basicDate(event.start.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.start.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL;VALUE=URI:${event.url}`);
  if (event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
  lines.push("TRANSP:TRANSPARENT");
  if (event.alarmMinutesBefore !== null && event.alarmMinutesBefore !== undefined) {
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:-PT${event.alarmMinutesBefore}M`,
      "END:VALARM",
    );
  }
  lines.push("END:VEVENT");
  return lines;
}

export function writeCalendar(calendar: FeedCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.productId}`,
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`,
    `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`,
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
