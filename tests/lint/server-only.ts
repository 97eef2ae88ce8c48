/**
 * Which modules of lib/ the browser may load: everything client code reaches through
 * runtime imports (components/, lib/client/, "use client" files under app/). Every other
 * module of lib/ is server code and says so with `import "server-only"`, so that Next's
 * build fails when a client component pulls it in, directly or through another module.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { IGNORED_FILE, listSourceFiles, resolveFile, runtimeSpecifiers } from "./import-graph";

export const SERVER_ONLY_IMPORT = 'import "server-only";';

function isClientEntry(root: string, file: string): boolean {
  if (file.startsWith("components/") || file.startsWith("lib/client/")) return true;
  return /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(readFileSync(path.join(root, file), "utf8"));
}

/** lib/ files reachable from client code at runtime. */
export function clientReachableLibFiles(root: string): Set<string> {
  const entries = ["app", "components", "lib/client"]
    .filter((dir) => existsSync(path.join(root, dir)))
    .flatMap((dir) => listSourceFiles(root, dir))
    .filter((file) => isClientEntry(root, file));
  if (existsSync(path.join(root, "instrumentation-client.ts"))) entries.push("instrumentation-client.ts");
  const seen = new Set<string>(entries);
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const specifier of runtimeSpecifiers(file, readFileSync(path.join(root, file), "utf8"))) {
      const target = resolveFile(root, file, specifier);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return new Set([...seen].filter((file) => file.startsWith("lib/") && !IGNORED_FILE.test(file)));
}

/** Server modules without the marker, and client-reachable modules with it. */
export function serverOnlyProblems(root: string): string[] {
  const client = clientReachableLibFiles(root);
  return listSourceFiles(root, "lib").flatMap((file) => {
    const marked = readFileSync(path.join(root, file), "utf8").includes(SERVER_ONLY_IMPORT);
    if (client.has(file) && marked) return [`${file} is loaded by client code but imports "server-only"`];
    if (!client.has(file) && !marked) return [`${file} is server code: add ${SERVER_ONLY_IMPORT} before its other imports`];
    return [];
  });
}
