import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { can } from "@/lib/core/permissions";
import { visibleTaskOrThrow } from "./task-access";

/** The author deletes their own comment; owners and admins any. The row is gone, not hidden. */
export async function deleteTaskComment(auth: AuthContext, taskId: string, commentId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const task = await visibleTaskOrThrow(tx, auth, taskId);
    const where = { id: commentId, taskId: task.id, householdId: auth.householdId };
    const moderator = can(auth.role, "comment:moderate");
    const { count } = await tx.taskComment.deleteMany({ where: moderator ? where : { ...where, authorId: auth.userId } });
    if (count > 0) return;
    const exists = await tx.taskComment.count({ where });
    if (exists > 0) throw new AppError("FORBIDDEN", "Only its author or a household admin can delete this comment.");
    throw notFound("Comment");
  });
}
