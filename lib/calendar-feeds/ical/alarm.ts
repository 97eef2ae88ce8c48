/** VALARM (RFC 5545 §3.6.6): a display reminder a number of minutes before the event starts. */
import "server-only";
import { escapeText } from "./escape";

export function valarmLines(minutesBefore: number, description: string): string[] {
  if (!Number.isSafeInteger(minutesBefore) || minutesBefore < 0) throw new RangeError(`Not a whole number of minutes: ${minutesBefore}`);
  return [
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `TRIGGER:${minutesBefore === 0 ? "PT0M" : `-PT${minutesBefore}M`}`,
    `DESCRIPTION:${escapeText(description)}`,
    "END:VALARM",
  ];
}
