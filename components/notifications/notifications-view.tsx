"use client";

import Link from "next/link";
import { errorMessage } from "@/lib/client/api";
import { useMarkNotificationsRead, useNotifications } from "@/lib/client/hooks/notifications";
import type { TNotificationOut } from "@/lib/notifications/schemas";
import { PageHeader } from "@/components/app-shell/page-header";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { BellIcon } from "@/components/ui/icons";

/** Only app-relative paths become links: a stored "//host" or "https:" URL must not send anyone off-site. */
function internalUrl(url: string | null): string | null {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : null;
}

export function NotificationsView() {
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  const { toast } = useToast();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  // The newest page knows the current total; older pages were fetched earlier.
  const unreadCount = list.data?.pages[list.data.pages.length - 1]?.unreadCount ?? 0;

  function markOne(notification: TNotificationOut) {
    if (notification.readAt) return;
    markRead.mutate({ ids: [notification.id] }, { onError: (error) => toast(errorMessage(error), "error") });
  }

  function markAll() {
    markRead.mutate(
      { all: true },
      {
        onSuccess: (result) =>
          toast(result.updated === 1 ? "1 notification marked as read." : `${result.updated} notifications marked as read.`),
        onError: (error) => toast(errorMessage(error), "error"),
      },
    );
  }

  return (
    <>
      <PageHeader
        title="Notifications"
        description={unreadCount > 0 ? `${unreadCount} unread` : "Warranty reminders, tasks and mentions for this household."}
        actions={
          unreadCount > 0 ? (
            <Button variant="outline" onClick={markAll} loading={markRead.isPending && markRead.variables && "all" in markRead.variables}>
              Mark all as read
            </Button>
          ) : null
        }
      />
      {list.isPending ? (
        <div className="flex flex-col gap-2" aria-busy aria-label="Loading notifications">
          <Skeleton className="h-16" />
          <Skeleton className="h-16" />
          <Skeleton className="h-16" />
        </div>
      ) : list.isError ? (
        <QueryErrorAlert title="Notifications could not be loaded" query={list} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<BellIcon />}
          title="No notifications yet"
          description="Reminders about warranties and tasks will show up here."
        />
      ) : (
        <>
          <ul
            aria-label="Notifications"
            className="divide-y divide-border overflow-hidden rounded-2xl border border-border bg-surface shadow-xs"
          >
            {items.map((notification) => (
              <NotificationRow key={notification.id} notification={notification} onOpen={() => markOne(notification)} />
            ))}
          </ul>
          {list.hasNextPage ? (
            <div className="mt-4 flex justify-center">
              <Button variant="outline" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                Load more
              </Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}

function NotificationRow({ notification, onOpen }: { notification: TNotificationOut; onOpen: () => void }) {
  const unread = notification.readAt === null;
  const href = internalUrl(notification.url);
  const content = (
    <>
      <span aria-hidden className={cn("mt-1.5 size-2.5 shrink-0 rounded-full", unread ? "bg-primary" : "bg-transparent")} />
      <span className="min-w-0 flex-1">
        <span className={cn("block break-words", unread ? "font-semibold" : "font-medium text-muted")}>
          {unread ? <span className="sr-only">Unread: </span> : null}
          {notification.title}
        </span>
        {notification.body ? <span className="mt-0.5 block text-sm break-words text-muted">{notification.body}</span> : null}
        <span className="mt-1 block text-xs text-muted">
          <LocalDateTime iso={notification.createdAt} />
        </span>
      </span>
    </>
  );
  const rowClasses = cn("flex w-full items-start gap-3 px-4 py-3 text-left sm:px-5", unread && "bg-primary/5");

  return (
    <li data-unread={unread || undefined}>
      {href ? (
        <Link
          href={href}
          onClick={onOpen}
          className={cn(
            rowClasses,
            "transition-colors hover:bg-surface-2 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
          )}
        >
          {content}
        </Link>
      ) : (
        <div className={rowClasses}>
          {content}
          {unread ? (
            <Button variant="ghost" size="sm" onClick={onOpen}>
              Mark as read<span className="sr-only"> {notification.title}</span>
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}
