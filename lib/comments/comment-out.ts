import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { TaskComment } from "@/lib/server/db/client";
import { can } from "@/lib/core/permissions";
import type { TTaskCommentOut } from "./schemas";

export function mayDeleteComment(auth: AuthContext, authorId: string): boolean {
  return authorId === auth.userId || can(auth.role, "comment:moderate");
}

export function toCommentOut(auth: AuthContext, comment: TaskComment, authorName: string | null): TTaskCommentOut {
  return {
    id: comment.id,
    taskId: comment.taskId,
    authorId: comment.authorId,
    authorName,
    body: comment.body,
    mentionedUserIds: comment.mentionedUserIds,
    createdAt: comment.createdAt.toISOString(),
    canDelete: mayDeleteComment(auth, comment.authorId),
  };
}
