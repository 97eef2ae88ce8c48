import type { ComponentType, SVGProps } from "react";
import { BoxIcon, CalendarIcon, CheckIcon, HomeIcon, MapPinIcon, SettingsIcon, TagIcon } from "@/components/ui/icons";

export interface NavItem {
  href: string;
  label: string;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
}

/**
 * The main navigation: the sidebar on wide screens and the phone's bottom bar, which
 * holds at most 5 items to keep its targets thumb-sized. Tasks took Tags' place there:
 * it is the page people open daily; tags are also reached from every tag chip and the
 * asset filters, and are listed in MORE_NAV_ITEMS for the sidebar and Settings.
 */
export const NAV_ITEMS = [
  { href: "/dashboard", label: "Dashboard", Icon: HomeIcon },
  { href: "/assets", label: "Assets", Icon: BoxIcon },
  { href: "/tasks", label: "Tasks", Icon: CheckIcon },
  { href: "/locations", label: "Locations", Icon: MapPinIcon },
  { href: "/settings", label: "Settings", Icon: SettingsIcon },
] as const;

/** Secondary destinations: for the sidebar below NAV_ITEMS and a "More" list under Settings on phones. */
export const MORE_NAV_ITEMS = [
  { href: "/tags", label: "Tags", Icon: TagIcon },
  { href: "/schedules", label: "Schedules", Icon: CalendarIcon },
] as const;

/** The sidebar has room for everything, in the order people think of it. */
export const SIDEBAR_ITEMS = [
  NAV_ITEMS[0],
  NAV_ITEMS[1],
  NAV_ITEMS[2],
  MORE_NAV_ITEMS[1],
  NAV_ITEMS[3],
  MORE_NAV_ITEMS[0],
  NAV_ITEMS[4],
] as const;

export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
