/**
 * The one codec for opaque list cursors: base64url of a JSON tuple (usually a tag or
 * the sort, the last row's sort key and its id), checked against the listing's own zod
 * tuple on the way back. A damaged, forged or foreign cursor is a 422 telling the
 * client to start from the first page, never a skipped row or a 500.
 */
import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/server/errors/app-error";

export function encodeCursor(tuple: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(tuple), "utf8").toString("base64url");
}

export function invalidCursor(): AppError {
  return new AppError("VALIDATION", "The cursor is not valid for this listing.", {
    fieldErrors: [{ path: "cursor", message: "Start again from the first page; this cursor belongs to another listing or is damaged" }],
  });
}

export function decodeCursor<T>(raw: string, tuple: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  const parsed = tuple.safeParse(value);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}
