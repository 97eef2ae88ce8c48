"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { useAccount } from "@/lib/client/hooks/account";
import { Skeleton } from "@/components/ui/spinner";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Logo } from "./logo";
import { NAV_ITEMS, SIDEBAR_ITEMS, isCurrent, type NavItem } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

function HouseholdName({ className }: { className?: string }) {
  const account = useAccount();
  if (account.isPending) return <Skeleton className={cn("h-4 w-28", className)} />;
  if (!account.data) return null;
  return <p className={cn("truncate text-sm text-muted", className)}>{account.data.activeHousehold.name}</p>;
}

/**
 * The signed-in frame: a sidebar on wide screens, a top bar plus a bottom tab bar on
 * phones. Both navs mark the current section with aria-current="page".
 */
export function AppShell({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_1fr]">
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-primary font-medium text-primary-fg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2"
      >
        Skip to content
      </a>

      <aside className="sticky top-0 hidden h-dvh flex-col gap-6 border-r border-border bg-surface px-4 py-5 lg:flex">
        <div className="flex flex-col gap-1 px-2">
          <div className="flex items-center justify-between gap-2">
            <Logo href="/dashboard" />
            <NotificationBell />
          </div>
          <HouseholdName className="mt-2" />
        </div>
        <nav aria-label="Main" className="flex-1">
          <NavList items={SIDEBAR_ITEMS} pathname={pathname} variant="sidebar" />
        </nav>
        <div className="flex flex-col gap-3 px-1">
          <div className="flex items-center justify-between gap-2 px-2">
            <span aria-hidden className="text-xs font-medium text-muted">
              Theme
            </span>
            <ThemeToggle iconsOnly />
          </div>
          <SignOutButton variant="ghost" className="justify-start" />
        </div>
      </aside>

      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center justify-between gap-3 border-b border-border bg-surface/90 px-4 backdrop-blur lg:hidden">
          <Logo href="/dashboard" />
          <div className="flex min-w-0 items-center justify-end gap-2">
            <HouseholdName className="max-w-[45vw] text-right" />
            <NotificationBell />
          </div>
        </header>

        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 pt-5 pb-28 outline-none sm:px-6 lg:px-8 lg:pt-8 lg:pb-12"
        >
          {children}
        </main>

        <nav
          aria-label="Main"
          className="pb-safe fixed inset-x-0 bottom-0 z-30 border-t border-border bg-surface/95 backdrop-blur lg:hidden"
        >
          <NavList items={NAV_ITEMS} pathname={pathname} variant="bar" />
        </nav>
      </div>
    </div>
  );
}

const NAV_STYLES = {
  sidebar: {
    list: "flex flex-col gap-1",
    link: "flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-ring",
    current: "bg-primary/10 text-primary",
    other: "text-muted hover:bg-surface-2 hover:text-fg",
    icon: "size-5",
  },
  bar: {
    list: "mx-auto grid max-w-lg grid-cols-5",
    link: "flex h-16 flex-col items-center justify-center gap-1 text-[11px] font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
    current: "text-primary",
    other: "text-muted hover:text-fg",
    icon: "size-6",
  },
} as const;

/** The same destinations as a sidebar list (wide screens) or the phone's bottom bar. */
function NavList({ items, pathname, variant }: { items: readonly NavItem[]; pathname: string; variant: keyof typeof NAV_STYLES }) {
  const styles = NAV_STYLES[variant];
  return (
    <ul className={styles.list}>
      {items.map(({ href, label, Icon }) => {
        const current = isCurrent(pathname, href);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={current ? "page" : undefined}
              className={cn(styles.link, current ? styles.current : styles.other)}
            >
              <Icon className={styles.icon} />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
