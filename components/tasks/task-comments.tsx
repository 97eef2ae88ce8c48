"use client";

import { useState } from "react";
import { errorMessage } from "@/lib/client/api";
import { formatDateTime } from "@/lib/client/format";
import { useMembers } from "@/lib/client/hooks/account";
import { useAddTaskComment, useDeleteTaskComment, useTaskComments } from "@/lib/client/hooks/task-comments";
import { formatRelativeTime } from "@/lib/client/relative-time";
import { commentSegments, encodeMentions, type MentionCandidate } from "@/lib/comments/mentions";
import { MAX_COMMENT_LENGTH, type TTaskCommentOut } from "@/lib/comments/schemas";
import { useCan, useMembership } from "@/components/app-shell/membership";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { TrashIcon } from "@/components/ui/icons";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useClientValue } from "@/components/ui/use-client-value";
import { MentionTextarea } from "./mention-textarea";

/** The task's conversation: comments oldest first, and a composer that @mentions members. */
export function TaskComments({ taskId }: { taskId: string }) {
  const comments = useTaskComments(taskId);
  const members = useMembers();
  const canWrite = useCan("task:write");
  const [deleting, setDeleting] = useState<TTaskCommentOut | null>(null);
  const nameOf = (userId: string) => members.data?.find((m) => m.userId === userId)?.name;
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <CardSection id="comments" title="Comments">
      <div className="flex flex-col gap-4">
        {comments.isPending ? (
          <LoadingBlock label="Loading comments">
            <Skeleton className="h-14" />
          </LoadingBlock>
        ) : comments.isError ? (
          <QueryErrorAlert title="Comments could not be loaded" query={comments} />
        ) : items.length === 0 ? (
          <p className="text-sm text-muted">
            {canWrite ? "No comments yet. Ask a question or leave a note for the household." : "No comments yet."}
          </p>
        ) : (
          <ol aria-label="Comments" className="flex flex-col gap-3">
            {items.map((comment) => (
              <CommentItem key={comment.id} comment={comment} nameOf={nameOf} onDelete={() => setDeleting(comment)} />
            ))}
          </ol>
        )}
        {comments.hasNextPage ? (
          <Button
            variant="outline"
            size="sm"
            className="self-start"
            loading={comments.isFetchingNextPage}
            onClick={() => void comments.fetchNextPage()}
          >
            Show newer comments
          </Button>
        ) : null}
        {canWrite ? <CommentComposer taskId={taskId} /> : null}
      </div>
      {deleting ? <DeleteCommentDialog taskId={taskId} comment={deleting} onClose={() => setDeleting(null)} /> : null}
    </CardSection>
  );
}

function CommentItem({
  comment,
  nameOf,
  onDelete,
}: {
  comment: TTaskCommentOut;
  nameOf: (userId: string) => string | undefined;
  onDelete: () => void;
}) {
  const relative = useClientValue(() => formatRelativeTime(comment.createdAt), comment.createdAt.slice(0, 10));
  const full = useClientValue(() => formatDateTime(comment.createdAt), comment.createdAt);
  const author = comment.authorName ?? "Former member";
  return (
    <li className="rounded-xl border border-border bg-surface-2/40 px-3 py-2.5">
      <div className="flex items-baseline gap-2">
        <span className="text-sm font-semibold">{author}</span>
        <time dateTime={comment.createdAt} title={full} className="text-xs text-muted">
          {relative}
        </time>
        {comment.canDelete ? (
          <Button
            variant="danger-ghost"
            size="sm"
            className="ml-auto h-7 px-2"
            onClick={onDelete}
            aria-label={`Delete comment by ${author}`}
          >
            <TrashIcon className="size-4" />
          </Button>
        ) : null}
      </div>
      <p className="mt-1 text-sm break-words whitespace-pre-wrap">
        {commentSegments(comment.body, comment.mentionedUserIds, nameOf).map((segment, index) =>
          segment.kind === "text" ? (
            segment.text
          ) : (
            <span key={index} data-mention={segment.userId} className="rounded bg-primary/10 px-1 font-medium text-primary">
              @{segment.name}
            </span>
          ),
        )}
      </p>
    </li>
  );
}

function CommentComposer({ taskId }: { taskId: string }) {
  const add = useAddTaskComment(taskId);
  const members = useMembers();
  const { userId } = useMembership();
  const [text, setText] = useState("");
  const [picked, setPicked] = useState<MentionCandidate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const candidates = (members.data ?? []).filter((m) => m.userId !== userId).map((m) => ({ userId: m.userId, name: m.name }));

  function submit(event?: { preventDefault: () => void }) {
    event?.preventDefault();
    if (!text.trim()) return setError("Write something first");
    add.mutate(encodeMentions(text, picked), {
      onSuccess: () => {
        setText("");
        setPicked([]);
        setError(null);
      },
      onError: (e) => setError(errorMessage(e)),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <Field label="Add a comment" error={error ?? undefined} hint="Type @ to mention someone. Ctrl+Enter sends.">
        <MentionTextarea
          value={text}
          onValueChange={setText}
          members={candidates}
          onPick={(member) => setPicked((current) => [...current.filter((m) => m.userId !== member.userId), member])}
          maxLength={MAX_COMMENT_LENGTH}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submit(event);
          }}
        />
      </Field>
      <Button type="submit" className="self-end" loading={add.isPending}>
        Comment
      </Button>
    </form>
  );
}

function DeleteCommentDialog({ taskId, comment, onClose }: { taskId: string; comment: TTaskCommentOut; onClose: () => void }) {
  const remove = useDeleteTaskComment(taskId);
  const { toast } = useToast();
  return (
    <ConfirmDialog
      title="Delete this comment?"
      description="It is removed for everyone. This cannot be undone."
      confirmLabel="Delete comment"
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(comment.id, {
          onSuccess: () => {
            toast("Comment deleted");
            onClose();
          },
          onError: (e) => toast(errorMessage(e), "error"),
        })
      }
      onClose={onClose}
    />
  );
}
