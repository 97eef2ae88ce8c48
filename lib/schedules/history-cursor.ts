/**
 * Opaque cursors for a schedule's history, built like the task list's: base64url of a
 * tag, the last row's planned date (null for an undated row) and its id. The tag makes
 * a cursor from another listing fail loudly (422) instead of skipping rows.
 */
import { z } from "zod";
import { AppError } from "@/lib/server/errors/app-error";
import { ZCalendarDate } from "./engine";

const TAG = "history";

export interface HistoryCursor {
  plannedOn: string | null;
  id: string;
}

const ZCursorTuple = z.tuple([z.literal(TAG), ZCalendarDate.nullable(), z.uuid()]);

export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return Buffer.from(JSON.stringify([TAG, cursor.plannedOn, cursor.id]), "utf8").toString("base64url");
}

export function decodeHistoryCursor(raw: string): HistoryCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    value = null;
  }
  const parsed = ZCursorTuple.safeParse(value);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "The cursor is not valid for this listing.", {
      fieldErrors: [{ path: "cursor", message: "Start again from the first page; this cursor belongs to another listing or is damaged" }],
    });
  }
  const [, plannedOn, id] = parsed.data;
  return { plannedOn, id };
}
