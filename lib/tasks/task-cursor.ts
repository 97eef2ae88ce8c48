/**
 * Opaque cursors for the task list, built like the asset list's: base64url of the sort,
 * the last row's sort key and its id. A cursor from the other sort is refused (422)
 * rather than silently skipping or repeating rows.
 */
import "server-only";
import { z } from "zod";
import { decodeCursor, encodeCursor, invalidCursor } from "@/lib/server/validation/cursor";
import { ZCalendarDate } from "@/lib/schedules/engine";

export const TASK_SORTS = ["due", "created"] as const;
export type TTaskSort = (typeof TASK_SORTS)[number];

export interface TaskCursor {
  sort: TTaskSort;
  /** The effective due date (YYYY-MM-DD) of the last row for "due"; null for undated rows and for "created". */
  key: string | null;
  id: string;
}

const ZCursorTuple = z.tuple([z.enum(TASK_SORTS), ZCalendarDate.nullable(), z.uuid()]);

export function encodeTaskCursor(cursor: TaskCursor): string {
  return encodeCursor([cursor.sort, cursor.key, cursor.id]);
}

export function decodeTaskCursor(raw: string, sort: TTaskSort): TaskCursor {
  const [cursorSort, key, id] = decodeCursor(raw, ZCursorTuple);
  // Creation order is by id alone, so a key there means a forged or foreign cursor.
  if (cursorSort !== sort || (sort === "created" && key !== null)) throw invalidCursor();
  return { sort: cursorSort, key, id };
}
