import type { TLocationOut } from "@/lib/locations/schemas";

export interface LocationNode extends TLocationOut {
  children: LocationNode[];
}

/** Builds the tree from the flat list; children keep the API's order. */
export function buildLocationTree(locations: readonly TLocationOut[]): LocationNode[] {
  const nodes = new Map<string, LocationNode>(locations.map((l) => [l.id, { ...l, children: [] }]));
  const roots: LocationNode[] = [];
  for (const location of locations) {
    const node = nodes.get(location.id);
    if (!node) continue;
    const parent = location.parentId ? nodes.get(location.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** A location and everything under it: none of them can become its parent. */
export function descendantIds(node: LocationNode): Set<string> {
  const ids = new Set<string>([node.id]);
  const stack = [...node.children];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    ids.add(next.id);
    stack.push(...next.children);
  }
  return ids;
}
