import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { toCommentOut } from "./comment-out";
import { ZListTaskCommentsQuery, type TListTaskCommentsQuery, type TTaskCommentPage } from "./schemas";
import { visibleTaskOrThrow } from "./task-access";

/** A task's comments, oldest first; ids are time-ordered UUIDv7s, so the cursor is the last id of the page. */
export async function listTaskComments(auth: AuthContext, taskId: string, input: TListTaskCommentsQuery = {}): Promise<TTaskCommentPage> {
  const { cursor, limit } = ZListTaskCommentsQuery.parse(input);
  const task = await visibleTaskOrThrow(db(), auth, taskId);
  const rows = await db().taskComment.findMany({
    where: { householdId: auth.householdId, taskId: task.id, ...(cursor && { id: { gt: cursor } }) },
    orderBy: { id: "asc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const authorIds = [...new Set(page.map((c) => c.authorId))];
  const authors =
    authorIds.length === 0 ? [] : await db().user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  return {
    items: page.map((comment) => toCommentOut(auth, comment, nameOf.get(comment.authorId) ?? null)),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
