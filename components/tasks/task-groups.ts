/**
 * The "By asset" view's pure logic: rank open tasks by urgency, group them under their
 * asset, order the groups by their most urgent task, and name an asset by its parent path.
 */
import type { TTaskOut } from "@/lib/tasks/schemas";
import { byDueDate, taskUrgency, type Urgency } from "./urgency";

export type GroupableTask = Pick<TTaskOut, "id" | "assetId" | "status" | "dueOn" | "trigger">;

export interface RankedTask<T extends GroupableTask = GroupableTask> {
  task: T;
  urgency: Urgency;
}

export interface AssetGroup<T extends GroupableTask = GroupableTask> {
  /** null: household chores without an asset. */
  assetId: string | null;
  /** Most urgent first. */
  tasks: RankedTask<T>[];
}

const LEVEL_RANK: Record<Urgency["level"], number> = { overdue: 0, soon: 1, later: 2, none: 3, closed: 4 };

/**
 * Overdue, then due within the lead time, then later, then undated; within a level the
 * earlier due date first; the id makes the order total, so it never flickers between renders.
 */
export function compareUrgency(a: RankedTask, b: RankedTask): number {
  return (
    LEVEL_RANK[a.urgency.level] - LEVEL_RANK[b.urgency.level] ||
    byDueDate(a.task, b.task) ||
    (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0)
  );
}

/** Groups in the order of their most urgent task; the "No asset" group always comes last. */
export function groupTasksByAsset<T extends GroupableTask>(
  tasks: readonly T[],
  today: string,
  leadDaysOf: (task: T) => number,
): AssetGroup<T>[] {
  const ranked = tasks.map((task) => ({ task, urgency: taskUrgency(task, today, leadDaysOf(task)) })).sort(compareUrgency);
  // A Map keeps insertion order, and each group is inserted by its most urgent task.
  const groups = new Map<string | null, AssetGroup<T>>();
  for (const item of ranked) {
    const key = item.task.assetId;
    const group = groups.get(key);
    if (group) group.tasks.push(item);
    else groups.set(key, { assetId: key, tasks: [item] });
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.assetId !== null), ...all.filter((g) => g.assetId === null)];
}

export interface AssetNode {
  name: string;
  parentId: string | null;
}

/**
 * Names from the top-level asset down to this one ("House", "Heating", "Boiler"), or null
 * when the asset is unknown. Stops at a parent it does not know (or a cycle) rather than guess.
 */
export function assetPath(assetId: string, assets: ReadonlyMap<string, AssetNode>): string[] | null {
  const names: string[] = [];
  const seen = new Set<string>();
  let id: string | null = assetId;
  while (id && !seen.has(id)) {
    const node = assets.get(id);
    if (!node) break;
    seen.add(id);
    names.unshift(node.name);
    id = node.parentId;
  }
  return names.length > 0 ? names : null;
}
