/**
 * The display name stored for an upload. It is only ever shown and offered back in
 * Content-Disposition (storage keys never derive from it), so the aim is a name that
 * cannot smuggle paths, control characters or right-to-left tricks ("gpj.exe").
 */

import "server-only";
export const MAX_FILE_NAME_LENGTH = 200;
const MAX_EXTENSION_LENGTH = 20;

const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
// Bidirectional overrides and marks: they make "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Reserved on Windows; replaced so a downloaded copy keeps a usable name everywhere.
const RESERVED = /[<>:"|?*]/g;

function truncate(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  const keep = extension.length > 1 && extension.length <= MAX_EXTENSION_LENGTH && !/\s/.test(name.slice(dot)) ? extension : [];
  return (
    chars
      .slice(0, MAX_FILE_NAME_LENGTH - keep.length)
      .join("")
      .trimEnd() + keep.join("")
  );
}

export function sanitizeFileName(raw: string, fallback = "file"): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const name = base
    .normalize("NFC")
    .replace(CONTROLS, "")
    .replace(BIDI, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  return name ? truncate(name) : fallback;
}
