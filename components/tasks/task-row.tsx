"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { TTaskOut } from "@/lib/tasks/schemas";
import { formatCalendarDate } from "@/lib/client/format";
import { useAsset } from "@/lib/client/hooks/assets";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { BoxIcon, ChevronRightIcon } from "@/components/ui/icons";
import { taskUrgency } from "./urgency";

const EDGE: Record<string, string> = {
  overdue: "border-l-danger",
  soon: "border-l-warning",
  later: "border-l-primary/40",
  none: "border-l-border",
  closed: "border-l-border",
};

/** The asset's name; cached per asset, so a list of many tasks of one asset asks once. */
export function AssetName({ assetId }: { assetId: string }) {
  const asset = useAsset(assetId);
  return <>{asset.data?.name ?? "…"}</>;
}

/** `badge` adds to the row's own badges; `aside` sits beside the link (controls cannot live inside it). */
export function TaskRow({
  task,
  today,
  leadDays,
  showAsset = true,
  badge,
  aside,
}: {
  task: TTaskOut;
  today: string;
  leadDays: number;
  showAsset?: boolean;
  badge?: ReactNode;
  aside?: ReactNode;
}) {
  const urgency = taskUrgency(task, today, leadDays);
  return (
    <li className={aside ? "flex items-center gap-2" : undefined}>
      <Link
        href={`/tasks/${task.id}`}
        className={cn(
          "flex min-w-0 flex-1 items-center gap-3 rounded-xl border border-l-4 border-border bg-surface px-4 py-3 transition-colors hover:bg-surface-2",
          "focus-visible:outline-2 focus-visible:outline-ring",
          EDGE[urgency.level],
        )}
      >
        <span className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="truncate font-medium">{task.title}</span>
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            {showAsset && task.assetId ? (
              <span className="inline-flex min-w-0 items-center gap-1">
                <BoxIcon className="size-3.5 shrink-0" />
                <span className="truncate">
                  <AssetName assetId={task.assetId} />
                </span>
              </span>
            ) : null}
            <span>{task.dueOn ? formatCalendarDate(task.dueOn) : "Not planned yet"}</span>
          </span>
        </span>
        {badge}
        <Badge tone={urgency.tone}>{urgency.label}</Badge>
        <ChevronRightIcon className="size-4 shrink-0 text-muted" />
      </Link>
      {aside}
    </li>
  );
}
