/** What a mentioned member is told: pure, so its wording and dedupe key are unit-tested. */
import "server-only";
import { commentPlainText, excerpt } from "./mentions";

export interface MentionMessage {
  title: string;
  body: string;
  url: string;
  /** One per comment; notify() appends each recipient's id. */
  dedupeKey: string;
}

export function mentionMessage(input: {
  authorName: string;
  task: { id: string; title: string };
  comment: { id: string; body: string };
}): MentionMessage {
  return {
    title: `${input.authorName || "Someone"} mentioned you on “${input.task.title}”`,
    body: excerpt(commentPlainText(input.comment.body)),
    url: `/tasks/${input.task.id}`,
    dedupeKey: `comment-mention:${input.comment.id}`,
  };
}
