/**
 * Opaque cursors for a schedule's history, built like the task list's: base64url of a
 * tag, the last row's planned date (null for an undated row) and its id. The tag makes
 * a cursor from another listing fail loudly (422) instead of skipping rows.
 */
import "server-only";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/server/validation/cursor";
import { ZCalendarDate } from "./engine";

const TAG = "history";

export interface HistoryCursor {
  plannedOn: string | null;
  id: string;
}

const ZCursorTuple = z.tuple([z.literal(TAG), ZCalendarDate.nullable(), z.uuid()]);

export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return encodeCursor([TAG, cursor.plannedOn, cursor.id]);
}

export function decodeHistoryCursor(raw: string): HistoryCursor {
  const [, plannedOn, id] = decodeCursor(raw, ZCursorTuple);
  return { plannedOn, id };
}
