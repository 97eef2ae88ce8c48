import Link from "next/link";
import { BoxIcon } from "@/components/ui/icons";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-2 rounded-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-ring"
    >
      <span className="grid size-8 place-items-center rounded-lg bg-primary text-primary-fg">
        <BoxIcon className="size-5" />
      </span>
      <span>DumbAssets</span>
    </Link>
  );
}
