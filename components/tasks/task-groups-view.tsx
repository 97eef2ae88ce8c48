"use client";

import Link from "next/link";
import { useMemo } from "react";
import type { TTaskOut } from "@/lib/tasks/schemas";
import type { AssetDirectoryEntry } from "@/lib/client/hooks/asset-directory";
import { AssetName, TaskRow } from "./task-row";
import { assetPath, type AssetGroup } from "./task-groups";

/** Open tasks under one heading per asset (a link to it), then the household chores. */
export function TaskGroupsView({
  groups,
  assets,
  today,
  leadDaysOf,
}: {
  groups: AssetGroup<TTaskOut>[];
  assets: readonly AssetDirectoryEntry[];
  today: string;
  leadDaysOf: (task: TTaskOut) => number;
}) {
  const byId = useMemo(() => new Map(assets.map((a) => [a.id, a])), [assets]);
  return (
    <div className="flex flex-col gap-6">
      {groups.map((group) => {
        const key = group.assetId ?? "none";
        const headingId = `task-group-${key}`;
        const path = group.assetId ? assetPath(group.assetId, byId) : null;
        const parents = path && path.length > 1 ? path.slice(0, -1).join(" › ") : null;
        const count = group.tasks.length;
        return (
          <section key={key} aria-labelledby={headingId} className="flex flex-col gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <h2 id={headingId} className="text-base font-semibold">
                {group.assetId ? (
                  <Link href={`/assets/${group.assetId}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-ring">
                    {path?.at(-1) ?? <AssetName assetId={group.assetId} />}
                  </Link>
                ) : (
                  "No asset"
                )}
              </h2>
              <span className="text-sm text-muted">
                {group.assetId ? (parents ? `Part of ${parents} · ` : "") : "Household chores · "}
                {count === 1 ? "1 open task" : `${count} open tasks`}
              </span>
            </div>
            <ul aria-labelledby={headingId} className="flex flex-col gap-2">
              {group.tasks.map(({ task }) => (
                <TaskRow key={task.id} task={task} today={today} leadDays={leadDaysOf(task)} showAsset={false} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
