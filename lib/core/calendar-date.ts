import { tzOffset } from "@date-fns/tz";

/**
 * Calendar dates and time zones, shared by every domain.
 *
 * A maintenance task is due on a *day* in the household's time zone, not at an
 * instant, so the engine never does arithmetic on `Date` objects. Dates cross
 * the API as ISO strings ("YYYY-MM-DD": JSON-friendly, sortable as strings) and
 * inside the engine as day numbers (days since 1970-01-01), which makes adding
 * days, comparing and finding weekdays plain integer arithmetic — no time zone,
 * no DST, no allocation in hot loops. Time zones appear only at the edges:
 * `calendarDateInZone` (instant → local day) and `localDateTimeToInstant`
 * (local day + wall-clock time → instant).
 */

/** ISO calendar date "YYYY-MM-DD" (years 0001–9999, proleptic Gregorian). */
export type CalendarDate = string;
/** Days since 1970-01-01 (may be negative). The engine's internal date type. */
export type DayNumber = number;
/** Recurring day of the year "MM-DD" (e.g. a yearly blackout or a season start). */
export type MonthDay = string;
/** Wall-clock time "HH:mm" (24 h). */
export type LocalTime = string;

export interface YearMonthDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export const MS_PER_DAY = 86_400_000;

/** 0 = Sunday … 6 = Saturday, the same numbering as `Date#getUTCDay`. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MONTH_DAY_RE = /^(\d{2})-(\d{2})$/;
const LOCAL_TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? Number.NaN;
}

/**
 * Day number of a civil date (Howard Hinnant's `days_from_civil`): exact
 * integer arithmetic, unlike `Date.UTC`, which maps years 0–99 to 1900–1999.
 */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0, so the leap day is last
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of `daysFromCivil` (Hinnant's `civil_from_days`). */
export function civilFromDays(dayNumber: DayNumber): YearMonthDay {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Strict check: well-formed *and* an existing day ("2023-02-29" is false). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const packed = packedDigits(value);
  return isValidYmd(Math.floor(packed / 10_000), Math.floor(packed / 100) % 100, packed % 100);
}

/** Digit value of the char at `i`, or NaN. (Parsing by char codes avoids regex allocations in hot loops.) */
function digitAt(value: string, i: number): number {
  const code = value.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** Year·10000 + month·100 + day of a well-formed "YYYY-MM-DD", NaN otherwise (not yet range-checked). */
function packedDigits(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  return (
    digitAt(value, 0) * 10_000_000 +
    digitAt(value, 1) * 1_000_000 +
    digitAt(value, 2) * 100_000 +
    digitAt(value, 3) * 10_000 +
    digitAt(value, 5) * 1000 +
    digitAt(value, 6) * 100 +
    digitAt(value, 8) * 10 +
    digitAt(value, 9)
  );
}

export function parseCalendarDate(value: CalendarDate): YearMonthDay {
  const packed = typeof value === "string" ? packedDigits(value) : Number.NaN;
  const year = Math.floor(packed / 10_000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`Invalid calendar date "${value}" (expected an existing day as YYYY-MM-DD)`);
  }
  return { year, month, day };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number): string => (n >= 1000 ? `${n}` : `${n}`.padStart(4, "0"));

export function formatCalendarDate({ year, month, day }: YearMonthDay): CalendarDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function toDayNumber(date: CalendarDate): DayNumber {
  const { year, month, day } = parseCalendarDate(date);
  return daysFromCivil(year, month, day);
}

export function fromDayNumber(dayNumber: DayNumber): CalendarDate {
  return formatCalendarDate(civilFromDays(dayNumber));
}

export function dayOfWeek(dayNumber: DayNumber): WeekdayIndex {
  // 1970-01-01 was a Thursday (4); the double modulo handles negative numbers.
  return ((((dayNumber + 4) % 7) + 7) % 7) as WeekdayIndex;
}

/**
 * Month arithmetic with clamping: Jan 31 + 1 month = Feb 28/29. Callers that
 * need a stable grid must always add to the ORIGINAL date (start + k months),
 * never chain additions, or the day drifts (Jan 31 → Feb 28 → Mar 28).
 */
export function addMonthsToYmd({ year, month, day }: YearMonthDay, months: number): YearMonthDay {
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  return { year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) };
}

/** Whole months from a's month to b's month, ignoring the day (Jan 31 → Feb 1 is 1). */
export function monthsBetween(a: YearMonthDay, b: YearMonthDay): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

// String-level conveniences for callers outside the engine.

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return formatCalendarDate(addMonthsToYmd(parseCalendarDate(date), months));
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** b − a in days. */
export function diffDays(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  // Zero-padded 4-digit years make string order equal to date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function weekdayOf(date: CalendarDate): WeekdayIndex {
  return dayOfWeek(toDayNumber(date));
}

// Recurring month-days ("MM-DD").

/** "02-29" is accepted: it exists in leap years (callers decide what it means otherwise). */
export function isMonthDay(value: unknown): value is MonthDay {
  if (typeof value !== "string") return false;
  const m = MONTH_DAY_RE.exec(value);
  return m !== null && isValidYmd(2000, Number(m[1]), Number(m[2]));
}

export function parseMonthDay(value: MonthDay): { month: number; day: number } {
  const m = MONTH_DAY_RE.exec(value);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (isValidYmd(2000, month, day)) return { month, day };
  }
  throw new RangeError(`Invalid month-day "${value}" (expected MM-DD)`);
}

// Wall-clock times ("HH:mm").

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === "string" && LOCAL_TIME_RE.test(value);
}

function localTimeToMs(time: LocalTime): number {
  const m = LOCAL_TIME_RE.exec(time);
  if (!m) throw new RangeError(`Invalid local time "${time}" (expected HH:mm)`);
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}

// Time zones: the only place where instants meet calendar dates.

/**
 * UTC offset of `timeZone` at `epochMs`, in ms. `tzOffset` asks `Intl` with an
 * explicit zone (and caches the formatter), so the result never depends on
 * the server's own time zone.
 */
function intlOffsetMs(timeZone: string, epochMs: number): number {
  const minutes = tzOffset(timeZone, new Date(epochMs));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  return minutes * 60_000;
}

/**
 * The `Intl` call costs microseconds and dominates usage rules (one per meter
 * reading), yet offsets change only at a zone's few transitions a year. So we
 * remember, per zone and UTC day, the offset of days WITHOUT a transition
 * (same offset at the first and last millisecond; zones never switch twice in
 * a day); transition days (null) always ask `Intl`. Exact, and bounded: a
 * zone's memo is dropped when it grows past MAX_MEMO_DAYS.
 */
const offsetMemo = new Map<string, Map<number, number | null>>();
const MAX_MEMO_DAYS = 20_000;

function offsetMs(timeZone: string, epochMs: number): number {
  const utcDay = Math.floor(epochMs / MS_PER_DAY);
  let memo = offsetMemo.get(timeZone);
  let offset = memo?.get(utcDay);
  if (offset === undefined) {
    const atStart = intlOffsetMs(timeZone, utcDay * MS_PER_DAY);
    offset = atStart === intlOffsetMs(timeZone, (utcDay + 1) * MS_PER_DAY - 1) ? atStart : null;
    if (!memo || memo.size >= MAX_MEMO_DAYS) offsetMemo.set(timeZone, (memo = new Map()));
    memo.set(utcDay, offset);
  }
  return offset ?? intlOffsetMs(timeZone, epochMs);
}

/** The day number that `instant` falls on in `timeZone`. */
export function dayNumberInZone(instant: Date | number, timeZone: string): DayNumber {
  const epochMs = typeof instant === "number" ? instant : instant.getTime();
  if (!Number.isFinite(epochMs)) throw new RangeError("Invalid instant");
  return Math.floor((epochMs + offsetMs(timeZone, epochMs)) / MS_PER_DAY);
}

/** The household-local calendar date of an instant, e.g. "today" from `new Date()`. */
export function calendarDateInZone(instant: Date | number, timeZone: string): CalendarDate {
  return fromDayNumber(dayNumberInZone(instant, timeZone));
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`.
 *
 * DST is resolved like Temporal's "compatible" disambiguation, independently
 * of the server's time zone (TZDate's constructor is not: it resolves the
 * fall-back hour differently depending on the host zone):
 * - spring-forward gap (02:30 does not exist): move forward by the gap length
 *   (→ 03:30 in the new offset);
 * - fall-back overlap (02:30 happens twice): take the earlier instant.
 * Assumes at most one offset transition within ±1 day, true for all IANA zones.
 */
export function localDateTimeToInstant(date: CalendarDate, timeZone: string, time: LocalTime = "00:00"): Date {
  const wallMs = toDayNumber(date) * MS_PER_DAY + localTimeToMs(time);
  const offsetBefore = offsetMs(timeZone, wallMs - MS_PER_DAY);
  const offsetAfter = offsetMs(timeZone, wallMs + MS_PER_DAY);
  let best: number | null = null;
  for (const offset of offsetBefore === offsetAfter ? [offsetBefore] : [offsetBefore, offsetAfter]) {
    const candidate = wallMs - offset;
    if (offsetMs(timeZone, candidate) === offset && (best === null || candidate < best)) best = candidate;
  }
  // No candidate means the wall time falls into a gap: reading it with the
  // pre-transition offset lands just as far after the gap as it was into it.
  return new Date(best ?? wallMs - offsetBefore);
}

/*
 * PostgreSQL `date` columns come back from Prisma as Dates at UTC midnight, so these
 * conversions work in UTC; only "today" depends on the household's zone.
 */

export function toCalendarDate(value: Date): CalendarDate;
export function toCalendarDate(value: Date | null): CalendarDate | null;
export function toCalendarDate(value: Date | null): CalendarDate | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function fromCalendarDate(value: CalendarDate): Date;
export function fromCalendarDate(value: CalendarDate | null): Date | null;
export function fromCalendarDate(value: CalendarDate | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

/** Today's date in the household's time zone (UTC when the zone is unknown). */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  try {
    return calendarDateInZone(now, timeZone);
  } catch {
    return toCalendarDate(now);
  }
}
