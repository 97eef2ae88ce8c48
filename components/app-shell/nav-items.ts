import { BoxIcon, HomeIcon, MapPinIcon, SettingsIcon, TagIcon } from "@/components/ui/icons";

export const NAV_ITEMS = [
  { href: "/dashboard", label: "Dashboard", Icon: HomeIcon },
  { href: "/assets", label: "Assets", Icon: BoxIcon },
  { href: "/locations", label: "Locations", Icon: MapPinIcon },
  { href: "/tags", label: "Tags", Icon: TagIcon },
  { href: "/settings", label: "Settings", Icon: SettingsIcon },
] as const;

export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
