/**
 * The building blocks every input schema is made of, so a value the database cannot
 * store, or a rule cannot use, is refused with a 422 naming the field before any query:
 *
 * - Text: no NUL (PostgreSQL refuses it in text and jsonb), no other control character
 *   (C0, DEL, C1) and no lone surrogate (jsonb refuses `\ud800`). Multi-line text may
 *   hold newlines, carriage returns and tabs; one-line text (names, labels, ids) not.
 * - Ids: UUIDs, also inside nested objects (a rule's meter, a prerequisite schedule).
 * - URLs: absolute http(s), no credentials.
 * - Calendar dates: real days (no 2026-02-30) in a sane year range (1900–2999).
 * - Instants: ISO 8601 with an offset, same year range.
 * - Numbers: finite and bounded (zod 4 numbers are finite; callers give the bounds).
 *
 * Every `z.string()` of an input schema starts from `zText()`, `zMultilineText()` or
 * one of the specific strings below; `input-strings.test.ts` walks every operation's
 * body and query to keep it that way.
 */
import { z } from "zod";

/** C0 controls except tab, LF and CR; DEL; C1 controls. */
const CONTROL_IN_MULTILINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
/** Every C0 control (tab and newlines too), DEL, C1 controls. */
const CONTROL_IN_LINE = /^[^\u0000-\u001F\u007F-\u009F]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHARACTER_MESSAGE = "must not contain control characters";
export const MULTILINE_CONTROL_CHARACTER_MESSAGE = "must not contain control characters other than newlines and tabs";
const SURROGATE_MESSAGE = "must be valid Unicode text";

/** True when `value` can be stored as one-line text. */
export function isCleanLine(value: string): boolean {
  return CONTROL_IN_LINE.test(value) && !LONE_SURROGATE.test(value);
}

/** True when `value` can be stored as multi-line text. */
export function isCleanText(value: string): boolean {
  return CONTROL_IN_MULTILINE.test(value) && !LONE_SURROGATE.test(value);
}

const wellFormed = { message: SURROGATE_MESSAGE, abort: true } as const;

/** One-line text: names, titles, labels, ids chosen by clients, search terms. Chain trim/min/max as usual. */
export function zText() {
  return z
    .string()
    .regex(CONTROL_IN_LINE, { message: CONTROL_CHARACTER_MESSAGE, abort: true })
    .refine((v) => !LONE_SURROGATE.test(v), wellFormed);
}

/** Multi-line text: descriptions, notes, comments. Newlines, carriage returns and tabs allowed. */
export function zMultilineText() {
  return z
    .string()
    .regex(CONTROL_IN_MULTILINE, { message: MULTILINE_CONTROL_CHARACTER_MESSAGE, abort: true })
    .refine((v) => !LONE_SURROGATE.test(v), wellFormed);
}

/** A record id, also inside nested objects. */
export const zId = () => z.uuid({ message: "must be a UUID" });

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
const yearInRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};
const YEAR_MESSAGE = `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`;

/** "YYYY-MM-DD", a day that exists (zod's ISO date knows month lengths and leap years), years 1900–2999. */
export const zCalendarDate = (message = "Use a date like 2026-05-31") =>
  z.iso.date({ message, abort: true }).refine(yearInRange, { message: YEAR_MESSAGE });

/** An instant as ISO 8601 with a time zone offset ("Z" or "+02:00"), years 1900–2999. */
export const zInstant = () =>
  z.iso
    .datetime({ offset: true, message: "Use an ISO 8601 date-time with an offset, like 2026-05-31T09:00:00Z", abort: true })
    .refine(yearInRange, {
      message: YEAR_MESSAGE,
    });

/** An absolute http(s) URL without credentials. */
export const zHttpUrl = (max = 2_000) =>
  z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL", abort: true })
    .max(max)
    .refine(
      (u) => {
        if (!URL.canParse(u)) return false;
        const url = new URL(u);
        return !url.username && !url.password;
      },
      { message: "must not contain credentials" },
    );

/** A finite number within [min, max]. */
export const zFiniteNumber = (min: number, max: number) => z.number().min(min).max(max);
