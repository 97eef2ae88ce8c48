/**
 * Posts a comment on a task the caller can see, and tells each member it mentions
 * (MENTION notification) in the same transaction: except the author, members who may not
 * see the task, and anyone who is not a member (their tokens stay plain text).
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notify } from "@/lib/notifications/notify";
import { toCommentOut } from "./comment-out";
import { mentionMessage } from "./mention-message";
import { parseMentionedIds, resolveMentions } from "./mentions";
import { ZCreateTaskComment, type TCreateTaskComment, type TTaskCommentOut } from "./schemas";
import { membersWhoSeeTask, visibleTaskOrThrow } from "./task-access";

export async function addTaskComment(auth: AuthContext, taskId: string, input: TCreateTaskComment): Promise<TTaskCommentOut> {
  const { body } = ZCreateTaskComment.parse(input);
  return db().$transaction(async (tx) => {
    const task = await visibleTaskOrThrow(tx, auth, taskId);
    const named = parseMentionedIds(body);
    const members =
      named.length === 0
        ? []
        : await tx.membership.findMany({ where: { householdId: auth.householdId, userId: { in: named } }, select: { userId: true } });
    const { mentionedUserIds, recipientIds } = resolveMentions(
      body,
      members.map((m) => m.userId),
      auth.userId,
    );
    const comment = await tx.taskComment.create({
      data: { householdId: auth.householdId, taskId: task.id, authorId: auth.userId, body, mentionedUserIds },
    });
    const author = await tx.user.findUnique({ where: { id: auth.userId }, select: { name: true } });
    const authorName = author?.name ?? null;
    const recipients = await membersWhoSeeTask(tx, auth.householdId, task, recipientIds);
    if (recipients.length > 0) {
      await notify(tx, {
        householdId: auth.householdId,
        userIds: recipients,
        type: "MENTION",
        ...mentionMessage({ authorName: authorName ?? "", task, comment }),
        now: comment.createdAt,
      });
    }
    return toCommentOut(auth, comment, authorName);
  });
}
