import Link from "next/link";
import { MORE_NAV_ITEMS } from "@/components/app-shell/nav-items";
import { ChevronRightIcon } from "@/components/ui/icons";

/**
 * On phones the bottom bar holds five destinations; the rest are listed here, at the
 * top of Settings. Wide screens show them in the sidebar, so this is hidden there.
 */
export function MoreLinks() {
  return (
    <nav aria-label="More" className="mb-5 lg:hidden">
      <ul className="divide-y divide-border rounded-2xl border border-border bg-surface">
        {MORE_NAV_ITEMS.map(({ href, label, Icon }) => (
          <li key={href}>
            <Link
              href={href}
              className="flex items-center gap-3 px-4 py-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-ring"
            >
              <Icon className="size-5 text-muted" />
              <span className="flex-1">{label}</span>
              <ChevronRightIcon className="size-4 text-muted" />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
