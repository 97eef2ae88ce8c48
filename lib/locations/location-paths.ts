/**
 * Location paths ("House > Garage > Shelf 2"). A household has tens to hundreds of
 * locations, so reading them all in one query and walking parents in memory is cheaper
 * than a recursive query per listing, and gives every path at once.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";

export const PATH_SEPARATOR = " > ";

export interface LocationNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** Every location's names from the root down, by id. Cycle-safe: a corrupted loop stops at the repeated node. */
export function buildLocationChains(locations: readonly LocationNode[]): Map<string, string[]> {
  const byId = new Map(locations.map((l) => [l.id, l]));
  const chains = new Map<string, string[]>();
  for (const location of locations) {
    const names: string[] = [];
    const seen = new Set<string>();
    let current: LocationNode | undefined = location;
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      names.push(current.name);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    chains.set(location.id, names.reverse());
  }
  return chains;
}

export function buildLocationPaths(locations: readonly LocationNode[]): Map<string, string> {
  return new Map([...buildLocationChains(locations)].map(([id, names]) => [id, names.join(PATH_SEPARATOR)]));
}

/** Orders chains as a tree is read: parents before children, siblings by name. */
export function compareChains(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = (a[i] as string).localeCompare(b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Ids of the location and everything under it (none if it is not in the list). */
export function descendantLocationIds(locations: readonly LocationNode[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const l of locations) {
    if (l.parentId) children.set(l.parentId, [...(children.get(l.parentId) ?? []), l.id]);
  }
  if (!locations.some((l) => l.id === rootId)) return [];
  const result: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

export function householdLocations(client: DatabaseTransaction, householdId: string): Promise<LocationNode[]> {
  return client.location.findMany({ where: { householdId }, select: { id: true, name: true, parentId: true } });
}

export interface LocationSummary {
  id: string;
  name: string;
  path: string;
}

export function buildLocationSummaries(locations: readonly LocationNode[]): Map<string, LocationSummary> {
  const paths = buildLocationPaths(locations);
  return new Map(locations.map((l) => [l.id, { id: l.id, name: l.name, path: paths.get(l.id) ?? l.name }]));
}
