import "server-only";
import { fromDayNumber, toDayNumber, type CalendarDate, type DayNumber } from "@/lib/core/calendar-date";
import type { TAfterScheduleRule } from "./types";

/**
 * Dependencies between schedules: "reseal the grout 2 days after the deep
 * clean". The dependent schedule waits (no due date) until the prerequisite's
 * task is completed; it is then due `offsetDays` after that completion. Once
 * the dependent task has been completed on or after the prerequisite's last
 * completion, it waits again for the prerequisite's next completion.
 */

export function dependencyDueDay(
  rule: Pick<TAfterScheduleRule, "offsetDays">,
  prerequisiteCompletedOn: DayNumber | null,
  lastCompletedOn: DayNumber | null,
): DayNumber | null {
  if (prerequisiteCompletedOn === null) return null;
  if (lastCompletedOn !== null && lastCompletedOn >= prerequisiteCompletedOn) return null;
  return prerequisiteCompletedOn + (rule.offsetDays ?? 0);
}

/** Due date, or null while waiting for the prerequisite. */
export function dependencyDueDate(
  rule: Pick<TAfterScheduleRule, "offsetDays">,
  prerequisiteCompletedOn: CalendarDate | null | undefined,
  lastCompletedOn?: CalendarDate | null,
): CalendarDate | null {
  const day = dependencyDueDay(
    rule,
    prerequisiteCompletedOn ? toDayNumber(prerequisiteCompletedOn) : null,
    lastCompletedOn ? toDayNumber(lastCompletedOn) : null,
  );
  return day === null ? null : fromDayNumber(day);
}

/** `dependent` waits for `prerequisite`. */
export interface DependencyEdge {
  dependent: string;
  prerequisite: string;
}

/**
 * Would adding `newEdge` create a cycle? Returns the cycle as a path that
 * starts and ends with the new edge's dependent — [A, B, C, A] reads "A waits
 * for B, B waits for C, C waits for A" — or null when the edge is safe.
 * Iterative breadth-first search, so long chains cannot overflow the stack,
 * and the reported cycle is a shortest one.
 */
export function detectCycle(edges: readonly DependencyEdge[], newEdge: DependencyEdge): string[] | null {
  const { dependent, prerequisite } = newEdge;
  if (dependent === prerequisite) return [dependent, dependent];
  const waitsFor = new Map<string, string[]>();
  for (const e of edges) {
    const list = waitsFor.get(e.dependent);
    if (list) list.push(e.prerequisite);
    else waitsFor.set(e.dependent, [e.prerequisite]);
  }
  // Search from the new prerequisite for a path back to the new dependent.
  const cameFrom = new Map<string, string | null>([[prerequisite, null]]);
  const queue = [prerequisite];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    for (const next of waitsFor.get(node) ?? []) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, node);
      if (next === dependent) {
        const path: string[] = [];
        for (let n: string | null | undefined = next; n != null; n = cameFrom.get(n)) path.push(n);
        return [dependent, ...path.reverse()];
      }
      queue.push(next);
    }
  }
  return null;
}

export function formatCyclePath(path: readonly string[], nameOf: (id: string) => string = (id) => id): string {
  return path.map(nameOf).join(" → ");
}

export class DependencyCycleError extends Error {
  constructor(
    readonly path: string[],
    nameOf?: (id: string) => string,
  ) {
    super(`This dependency would create a cycle: ${formatCyclePath(path, nameOf)}`);
    this.name = "DependencyCycleError";
  }
}

/** Throws a DependencyCycleError naming the cycle when `newEdge` would close one. */
export function assertNoDependencyCycle(edges: readonly DependencyEdge[], newEdge: DependencyEdge, nameOf?: (id: string) => string): void {
  const cycle = detectCycle(edges, newEdge);
  if (cycle) throw new DependencyCycleError(cycle, nameOf);
}
