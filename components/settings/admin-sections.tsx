"use client";

import { useDeadJobs, useOutbox, useReplayJob } from "@/lib/client/hooks/admin";
import { errorMessage } from "@/lib/client/api";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Skeleton } from "@/components/ui/spinner";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { useToast } from "@/components/ui/toast";

/** Background jobs that failed every attempt (a webhook that kept failing, a mail server that was down). */
export function FailedJobsSection() {
  const jobs = useDeadJobs();
  const replay = useReplayJob();
  const { toast } = useToast();
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <CardSection
      id="failed-jobs"
      title="Failed background jobs"
      description="Work that failed every retry. Fix the cause, then run it again."
    >
      {jobs.isPending ? (
        <Skeleton className="h-12" />
      ) : jobs.isError ? (
        <QueryErrorAlert title="Failed jobs could not be loaded" query={jobs} />
      ) : items.length === 0 ? (
        <p className="text-sm text-muted">Nothing has failed. Background work is running normally.</p>
      ) : (
        <ul aria-label="Failed background jobs" className="-my-1 divide-y divide-border">
          {items.map((job) => (
            <li key={job.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {job.kind}
                  <Badge tone="danger">
                    {job.attempts} of {job.maxAttempts} attempts
                  </Badge>
                </p>
                {job.lastError ? <p className="mt-1 break-words font-mono text-xs text-muted">{job.lastError}</p> : null}
                {job.finishedAt ? (
                  <p className="mt-1 text-xs text-muted">
                    Gave up <LocalDateTime iso={job.finishedAt} />
                  </p>
                ) : null}
              </div>
              <Button
                size="sm"
                variant="outline"
                loading={replay.isPending && replay.variables === job.id}
                onClick={() =>
                  replay.mutate(job.id, {
                    onSuccess: () => toast(`The ${job.kind} job will run again.`),
                    onError: (error) => toast(errorMessage(error), "error"),
                  })
                }
              >
                Run again<span className="sr-only"> {job.kind}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {jobs.hasNextPage ? (
        <Button variant="ghost" size="sm" className="mt-2" loading={jobs.isFetchingNextPage} onClick={() => void jobs.fetchNextPage()}>
          Show more
        </Button>
      ) : null}
    </CardSection>
  );
}

/** Mail kept in the app because no SMTP server is configured, so nothing is lost. */
export function OutboxSection() {
  const outbox = useOutbox();
  const items = outbox.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <CardSection
      id="outbox"
      title="Outbox"
      description="With no mail server configured (SMTP_URL), e-mail is kept here instead of being sent."
    >
      {outbox.isPending ? (
        <Skeleton className="h-12" />
      ) : outbox.isError ? (
        <ErrorAlert>{errorMessage(outbox.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p className="text-sm text-muted">No kept mail.</p>
      ) : (
        <ul aria-label="Kept e-mail" className="-my-1 divide-y divide-border">
          {items.map((message) => (
            <li key={message.id} className="py-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{message.subject}</span>
                  <span className="block text-xs text-muted">
                    to {message.to} · <LocalDateTime iso={message.createdAt} />
                  </span>
                </summary>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-surface-2 p-3 text-xs">{message.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      {outbox.hasNextPage ? (
        <Button variant="ghost" size="sm" className="mt-2" loading={outbox.isFetchingNextPage} onClick={() => void outbox.fetchNextPage()}>
          Show more
        </Button>
      ) : null}
    </CardSection>
  );
}
