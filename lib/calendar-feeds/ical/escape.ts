/**
 * RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon and comma get a backslash, a line
 * break becomes the two characters "\n". Other control characters (which RFC 5545 forbids
 * in a value) are dropped; CRLF and lone CR count as one line break.
 */

// C0 controls except LF (CR is normalised before), DEL, and the C1 controls.
const FORBIDDEN_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

function normaliseLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, "\n");
}

/** Removes characters no iCalendar value may carry (controls other than the line break). */
import "server-only";
export function stripControls(value: string): string {
  return normaliseLineBreaks(value).replace(FORBIDDEN_CONTROLS, "");
}

/** Escapes a TEXT value (SUMMARY, DESCRIPTION, one CATEGORIES item, UID, X-WR-CALNAME). */
export function escapeText(value: string): string {
  return stripControls(value)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** A URI value (URL) is written as is: no TEXT escaping, but no control characters or line breaks either. */
export function uriValue(value: string): string {
  return stripControls(value).replace(/\n/g, "");
}

/** A parameter value (RFC 5545 §3.2): quoted when it holds ":" ";" or ","; DQUOTE and controls dropped. */
export function paramValue(value: string): string {
  const clean = stripControls(value).replace(/[\n"]/g, "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
