/**
 * The direction of dependencies inside lib/ (docs/architecture.md, "Layers"). A folder
 * may import its own layer or a lower one, never a higher one, and no two folders may
 * import each other, directly or round a circle. Only runtime imports count: a type
 * import is erased at build time and may point anywhere.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { listSourceFiles, resolveSpecifier, runtimeSpecifiers } from "./import-graph";

/** Lowest first. A folder is lib/<name>, or lib/server/<name> for the infrastructure. */
export const LAYERS = [
  {
    name: "infrastructure",
    folders: [
      "server/db",
      "server/errors",
      "server/crypto",
      "server/logger",
      "server/env",
      "server/config",
      "server/validation",
      "server/http",
      "server/outbound-http",
      "server/ip-address",
      "server/rate-limit",
      "server/jobs",
      "storage",
    ],
  },
  { name: "core", folders: ["core", "server/permissions"] },
  { name: "channels", folders: ["email", "apprise", "notifications", "webhooks"] },
  { name: "events", folders: ["events"] },
  {
    name: "domains",
    folders: [
      "locations",
      "tags",
      "attachments",
      "assets",
      "schedules",
      "meters",
      "tasks",
      "comments",
      "households",
      "accounts",
      "invitations",
      "api-tokens",
      "calendar-feeds",
    ],
  },
  { name: "doors", folders: ["server/auth", "server/api", "openapi"] },
  { name: "client", folders: ["client"] },
] as const;

export interface ImportEdge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

/** "lib/server/db/client.ts" → "server/db"; "lib/core/visibility/x.ts" → "core". */
export function folderOf(libPath: string): string {
  const [, first, second] = libPath.split("/");
  if (first === "server" && second) return `server/${second.replace(/\.tsx?$/, "")}`;
  return (first ?? "").replace(/\.tsx?$/, "");
}

/** Every runtime import of lib/ code from lib/ code in another folder, plus imports of app/, components/ and workers/. */
export function libImportEdges(root: string): ImportEdge[] {
  return listSourceFiles(root, "lib").flatMap((file) =>
    runtimeSpecifiers(file, readFileSync(path.join(root, file), "utf8")).flatMap((specifier) => {
      const target = resolveSpecifier(file, specifier);
      if (!target) return [];
      const to = target.startsWith("lib/") ? folderOf(target) : target.split("/")[0]!;
      const from = folderOf(file);
      return from === to ? [] : [{ from, to, file, specifier }];
    }),
  );
}

const layerOf = new Map<string, number>(LAYERS.flatMap((layer, index) => layer.folders.map((folder) => [folder, index] as const)));

/** What breaks the rules: a folder with no layer, an import upwards or out of lib/, and folder cycles. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const edge of edges) {
    if (["app", "components", "workers"].includes(edge.to)) {
      problems.push(`${edge.file} imports ${edge.specifier}: lib/ never imports app/, components/ or workers/`);
      continue;
    }
    const from = layerOf.get(edge.from);
    const to = layerOf.get(edge.to);
    for (const [folder, layer] of [
      [edge.from, from],
      [edge.to, to],
    ] as const) {
      if (layer === undefined)
        problems.push(`lib/${folder} has no layer: add it to LAYERS in tests/lint/layers.ts and the picture in docs/architecture.md`);
    }
    if (from !== undefined && to !== undefined && to > from) {
      problems.push(`${edge.file} imports ${edge.specifier}: ${LAYERS[from]!.name} may not depend on ${LAYERS[to]!.name}`);
    }
  }
  for (const cycle of folderCycles(edges)) problems.push(`import cycle between folders: ${cycle.join(" → ")}`);
  return [...new Set(problems)];
}

/** Strongly connected groups of more than one folder (Tarjan), each as a readable circle. */
export function folderCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push([...group.sort(), group[0]!]);
    }
  };
  for (const node of next.keys()) if (!index.has(node)) connect(node);
  return groups;
}
