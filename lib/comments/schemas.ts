import { z } from "zod";
import { zMultilineText } from "@/lib/server/validation/input";

export const MAX_COMMENT_LENGTH = 4_000;

export const ZCreateTaskComment = z.object({
  body: zMultilineText()
    .trim()
    .min(1, { message: "Write something first" })
    .max(MAX_COMMENT_LENGTH, { message: `Keep it under ${MAX_COMMENT_LENGTH.toLocaleString("en-US")} characters` })
    .describe("Plain text; mention a member with the token @[Name](user:<uuid>)"),
});
export type TCreateTaskComment = z.input<typeof ZCreateTaskComment>;

export const ZListTaskCommentsQuery = z.object({
  /** The id of the last comment of the previous page (ids are time-ordered UUIDv7s). */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TListTaskCommentsQuery = z.input<typeof ZListTaskCommentsQuery>;

export const ZTaskCommentOut = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  authorId: z.uuid(),
  /** Null when the author's account no longer exists. */
  authorName: z.string().nullable(),
  body: z.string(),
  /** Members the body mentions, resolved when it was posted. */
  mentionedUserIds: z.array(z.uuid()),
  createdAt: z.iso.datetime(),
  /** The caller may delete it: they wrote it, or they manage the household. */
  canDelete: z.boolean(),
});
export type TTaskCommentOut = z.infer<typeof ZTaskCommentOut>;

/** Oldest first. */
export const ZTaskCommentPage = z.object({ items: z.array(ZTaskCommentOut), nextCursor: z.uuid().nullable() });
export type TTaskCommentPage = z.infer<typeof ZTaskCommentPage>;
