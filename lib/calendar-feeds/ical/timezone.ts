/**
 * IANA time zones through Intl (the ICU data bundled with Node), never through the process
 * TZ: offsets at an instant, wall time → instant, and the VTIMEZONE (RFC 5545 §3.6.5) that
 * describes a zone's transitions for the years a feed spans.
 *
 * The VTIMEZONE writes one STANDARD and one DAYLIGHT observance with a yearly RRULE when
 * every transition of that kind in the span falls on the same "nth/last weekday of month"
 * at the same wall time with the same offsets (Europe, North America, New Zealand, ...);
 * otherwise every transition gets its own observance with a fixed DTSTART. A zone without
 * transitions gets a single STANDARD observance. Which side is "daylight": of the two
 * offsets a transition joins, the larger one (Intl does not tell us the isdst flag).
 */
import "server-only";
import { civilFromUtcMillis, civilToUtcMillis, formatCivil, type CivilDateTime } from "./dates";
import { paramValue } from "./escape";

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      era: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError unless Intl knows the zone. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The wall-clock time in the zone at an instant, straight from Intl (slow: tens of microseconds). */
export function intlWallTimeAt(timeZone: string, ms: number): CivilDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  return {
    year: parts.era === "BC" || parts.era === "B" ? 1 - yearOfEra : yearOfEra,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** UTC offset in seconds (east positive) straight from Intl. */
export function intlOffsetSecondsAt(timeZone: string, ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return Math.round((civilToUtcMillis(intlWallTimeAt(timeZone, wholeSecond)) - wholeSecond) / 1000);
}

interface YearTable {
  initialOffset: number;
  changes: readonly { at: number; offsetTo: number }[];
}

/**
 * A zone's offset changes in one UTC year (padded by a day each side), found once with Intl and
 * then answered by arithmetic: a feed of thousands of timed events asks for the same few years.
 */
const yearTables = new Map<string, YearTable>();

function yearTable(timeZone: string, year: number): YearTable {
  const key = `${timeZone}|${year}`;
  let table = yearTables.get(key);
  if (!table) {
    const from = Date.UTC(year, 0, 1) - DAY;
    const to = Date.UTC(year + 1, 0, 1) + DAY;
    table = {
      initialOffset: intlOffsetSecondsAt(timeZone, from),
      changes: transitionsBetween(timeZone, from, to).map((t) => ({ at: t.at, offsetTo: t.offsetTo })),
    };
    if (yearTables.size >= 4096) yearTables.clear();
    yearTables.set(key, table);
  }
  return table;
}

/** UTC offset of the zone at an instant, in seconds (east positive). */
export function offsetSecondsAt(timeZone: string, ms: number): number {
  const table = yearTable(timeZone, new Date(ms).getUTCFullYear());
  let offset = table.initialOffset;
  for (const change of table.changes) if (ms >= change.at) offset = change.offsetTo;
  return offset;
}

/** The wall-clock time in the zone at an instant. */
export function wallTimeAt(timeZone: string, ms: number): CivilDateTime {
  return civilFromUtcMillis(Math.floor(ms / 1000) * 1000 + offsetSecondsAt(timeZone, ms) * 1000);
}

/** Every instant at which the zone's clocks show this wall time: one, two (the repeated autumn hour) or none (the spring gap). */
export function instantsForWallTime(timeZone: string, wall: CivilDateTime): number[] {
  const asUtc = civilToUtcMillis(wall);
  const offsets = new Set([
    offsetSecondsAt(timeZone, asUtc - DAY),
    offsetSecondsAt(timeZone, asUtc + DAY),
    offsetSecondsAt(timeZone, asUtc),
  ]);
  const candidates = [...offsets].map((offset) => asUtc - offset * 1000);
  return [...new Set(candidates.filter((ms) => civilToUtcMillis(wallTimeAt(timeZone, ms)) === asUtc))].sort((a, b) => a - b);
}

/**
 * The instant a wall-clock time in the zone denotes. An ambiguous time (the repeated hour in
 * autumn) takes the earlier instant; a skipped time (the spring gap) is read with the offset
 * before the gap, i.e. it lands after the gap, as RFC 5545 §3.3.5 asks.
 */
export function wallTimeToInstant(timeZone: string, wall: CivilDateTime): number {
  const [earliest] = instantsForWallTime(timeZone, wall);
  if (earliest !== undefined) return earliest;
  const asUtc = civilToUtcMillis(wall);
  return asUtc - offsetSecondsAt(timeZone, asUtc - DAY) * 1000;
}

export interface Transition {
  /** The instant of change. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
  /** Wall-clock time of the change read with the old offset (the observance's DTSTART). */
  localStart: CivilDateTime;
}

/** Every offset change between the two instants, found day by day and narrowed to the minute. */
export function transitionsBetween(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let previousMs = fromMs;
  let previousOffset = intlOffsetSecondsAt(timeZone, fromMs);
  for (let ms = fromMs + DAY; ms <= toMs + DAY; ms += DAY) {
    const offset = intlOffsetSecondsAt(timeZone, ms);
    if (offset !== previousOffset) {
      let low = previousMs; // offset here === previousOffset
      let high = ms; // offset here !== previousOffset
      while (high - low > MINUTE) {
        const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (intlOffsetSecondsAt(timeZone, mid) === previousOffset) low = mid;
        else high = mid;
      }
      const offsetTo = intlOffsetSecondsAt(timeZone, high);
      if (high <= toMs && high >= fromMs) {
        found.push({ at: high, offsetFrom: previousOffset, offsetTo, localStart: civilFromUtcMillis(high + previousOffset * 1000) });
      }
    }
    previousMs = ms;
    previousOffset = offset;
  }
  return found;
}

/** "+0100", "-0800", "+0530"; seconds only when not zero ("+004830"). */
export function formatUtcOffset(seconds: number): string {
  const sign = seconds < 0 ? "-" : "+";
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${sign}${two(h)}${two(m)}${s ? two(s) : ""}`;
}

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2SU" or "-1SU" when every transition sits on that weekday of the same month at the same wall time. */
function yearlyRule(transitions: readonly Transition[]): string | null {
  const first = transitions[0];
  if (!first) return null;
  const start = first.localStart;
  const weekdayOf = (c: CivilDateTime) => new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
  const weekday = weekdayOf(start);
  const sameShape = transitions.every(
    (t) =>
      t.offsetFrom === first.offsetFrom &&
      t.offsetTo === first.offsetTo &&
      t.localStart.month === start.month &&
      t.localStart.hour === start.hour &&
      t.localStart.minute === start.minute &&
      t.localStart.second === start.second &&
      weekdayOf(t.localStart) === weekday,
  );
  if (!sameShape) return null;
  const years = transitions.map((t) => t.localStart.year);
  if (years.some((year, i) => i > 0 && year !== (years[i - 1] ?? Number.NaN) + 1)) return null;
  let ordinal: number | null = null;
  if (transitions.every((t) => t.localStart.day + 7 > daysInMonth(t.localStart.year, t.localStart.month))) ordinal = -1;
  else if (transitions.every((t) => Math.ceil(t.localStart.day / 7) === Math.ceil(start.day / 7))) ordinal = Math.ceil(start.day / 7);
  if (ordinal === null) return null;
  return `FREQ=YEARLY;BYMONTH=${start.month};BYDAY=${ordinal}${WEEKDAYS[weekday]}`;
}

function observance(kind: "STANDARD" | "DAYLIGHT", dtstart: CivilDateTime, from: number, to: number, rrule: string | null): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatCivil(dtstart)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${formatUtcOffset(from)}`,
    `TZOFFSETTO:${formatUtcOffset(to)}`,
    `END:${kind}`,
  ];
}

/**
 * The unfolded lines of a VTIMEZONE for the zone, covering the years fromYear..toYear
 * (inclusive; the writer passes one year before the first event so the observance in
 * force on January 1 of the first year is stated, not inferred).
 */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const key = `${timeZone}|${fromYear}|${toYear}`;
  let lines = vtimezoneCache.get(key);
  if (!lines) {
    lines = computeVtimezoneLines(timeZone, fromYear, toYear);
    if (vtimezoneCache.size >= 256) vtimezoneCache.clear();
    vtimezoneCache.set(key, lines);
  }
  return [...lines];
}

/** The scan takes a few milliseconds per zone and year; a feed poll asks for the same few again and again. */
const vtimezoneCache = new Map<string, readonly string[]>();

function computeVtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  assertTimeZone(timeZone);
  const fromMs = Date.UTC(fromYear, 0, 1) - DAY;
  const toMs = Date.UTC(toYear + 1, 0, 1) + DAY;
  const transitions = transitionsBetween(timeZone, fromMs, toMs);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${paramValue(timeZone)}`];
  if (transitions.length === 0) {
    const offset = offsetSecondsAt(timeZone, Date.UTC(fromYear, 0, 1));
    lines.push(...observance("STANDARD", { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, offset, offset, null));
  } else {
    const isDaylight = (t: Transition) => t.offsetTo > t.offsetFrom;
    const daylight = transitions.filter(isDaylight);
    const standard = transitions.filter((t) => !isDaylight(t));
    const [firstDaylight] = daylight;
    const [firstStandard] = standard;
    const daylightRule = yearlyRule(daylight);
    const standardRule = yearlyRule(standard);
    if (firstDaylight && firstStandard && daylightRule && standardRule) {
      lines.push(...observance("DAYLIGHT", firstDaylight.localStart, firstDaylight.offsetFrom, firstDaylight.offsetTo, daylightRule));
      lines.push(...observance("STANDARD", firstStandard.localStart, firstStandard.offsetFrom, firstStandard.offsetTo, standardRule));
    } else {
      const initial = transitions[0]?.offsetFrom ?? 0;
      lines.push(...observance("STANDARD", { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, initial, initial, null));
      for (const t of transitions)
        lines.push(...observance(isDaylight(t) ? "DAYLIGHT" : "STANDARD", t.localStart, t.offsetFrom, t.offsetTo, null));
    }
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/** TZID parameter value for a zone. */
export function tzidParam(timeZone: string): string {
  return paramValue(timeZone);
}
