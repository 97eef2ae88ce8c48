"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { useUnreadNotificationCount } from "@/lib/client/hooks/notifications";
import { BellIcon } from "@/components/ui/icons";

/** The badge caps what it prints; the accessible name always carries the real count. */
function badgeText(count: number): string {
  return count > 99 ? "99+" : String(count);
}

export function notificationBellLabel(count: number): string {
  return count > 0 ? `Notifications, ${count} unread` : "Notifications";
}

/** A link to /notifications whose badge shows the unread count, polled every minute. */
export function NotificationBell({ className }: { className?: string }) {
  const pathname = usePathname();
  const unread = useUnreadNotificationCount();
  const count = unread.data ?? 0;
  const current = pathname === "/notifications";
  return (
    <Link
      href="/notifications"
      aria-label={notificationBellLabel(count)}
      aria-current={current ? "page" : undefined}
      className={cn(
        "relative inline-grid size-10 shrink-0 place-items-center rounded-lg transition-colors",
        "focus-visible:outline-2 focus-visible:outline-ring",
        current ? "bg-primary/10 text-primary" : "text-muted hover:bg-surface-2 hover:text-fg",
        className,
      )}
    >
      <BellIcon className="size-5" />
      {count > 0 ? (
        <span
          aria-hidden
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-danger px-1 text-center text-[11px] leading-5 font-semibold text-white dark:text-slate-950"
        >
          {badgeText(count)}
        </span>
      ) : null}
    </Link>
  );
}
