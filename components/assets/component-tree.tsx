"use client";

import Link from "next/link";
import type { TAssetTreeNode } from "@/lib/assets/schemas";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { StatusBadge } from "./warranty-badges";

/** Every id in a subtree, for excluding an asset's own parts as its new parent. */
export function subtreeIds(node: TAssetTreeNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: TAssetTreeNode) => {
    ids.add(n.id);
    n.components.forEach(walk);
  };
  walk(node);
  return ids;
}

interface ComponentTreeProps {
  nodes: TAssetTreeNode[];
  onMove?: (node: TAssetTreeNode) => void;
  depth?: number;
}

/** Components as nested lists: screen readers announce the nesting and item counts. */
export function ComponentTree({ nodes, onMove, depth = 0 }: ComponentTreeProps) {
  return (
    <ul className={cn("flex flex-col", depth > 0 && "ml-4 border-l border-border pl-3")}>
      {nodes.map((node) => (
        <li key={node.id}>
          <div className="flex items-center gap-2 py-1.5">
            <Link
              href={`/assets/${node.id}`}
              className="min-w-0 flex-1 truncate rounded text-sm font-medium text-primary hover:underline focus-visible:outline-2 focus-visible:outline-ring"
            >
              {node.name}
            </Link>
            <StatusBadge status={node.status} />
            {onMove ? (
              <Button variant="ghost" size="sm" onClick={() => onMove(node)}>
                Move<span className="sr-only"> {node.name}</span>
              </Button>
            ) : null}
          </div>
          {node.components.length > 0 ? <ComponentTree nodes={node.components} onMove={onMove} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}
