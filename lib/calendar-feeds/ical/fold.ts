/**
 * RFC 5545 §3.1 content-line folding: a line longer than 75 octets (UTF-8, without the line
 * break) is split into a first line of at most 75 octets and continuation lines of a single
 * space plus at most 74 octets, joined by CRLF. A split never falls inside a UTF-8 sequence:
 * we walk the line by code point (a surrogate pair is one code point), never by UTF-16 unit.
 */

import "server-only";
export const CRLF = "\r\n";
export const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Folds one unfolded content line; the result has no trailing CRLF. */
export function foldLine(line: string): string {
  // Most lines are plain ASCII, one octet per character: cut them by length.
  if (PRINTABLE_ASCII.test(line)) {
    const parts = [line.slice(0, MAX_LINE_OCTETS)];
    for (let i = MAX_LINE_OCTETS; i < line.length; i += MAX_LINE_OCTETS - 1) parts.push(` ${line.slice(i, i + MAX_LINE_OCTETS - 1)}`);
    return parts.join(CRLF);
  }
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = " ";
      octets = 1;
      limit = MAX_LINE_OCTETS;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Folds every line and ends each, including the last, with CRLF. */
export function joinContentLines(lines: readonly string[]): string {
  return lines.length === 0 ? "" : `${lines.map(foldLine).join(CRLF)}${CRLF}`;
}
