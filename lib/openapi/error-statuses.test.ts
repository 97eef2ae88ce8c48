import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_STATUS, type ErrorCode } from "@/lib/server/errors/app-error";
import { buildOpenApiDocument } from "./build-document";
import { errorCodesOf } from "./error-statuses";
import { API_OPERATIONS } from "./operations";

const root = process.cwd();
/** The wrapper's own codes are the common ones of error-statuses.ts; its files are not scanned. */
const WRAPPER = path.join(root, "lib/server/api/route.ts");
/** Maps thrown Prisma errors and defines the table: dynamic, covered by the fuzzer (openapi-fuzz.int.test.ts). */
const NOT_SCANNED = new Set([path.join(root, "lib/server/errors/to-app-error.ts"), path.join(root, "lib/server/errors/app-error.ts")]);

const IMPORT = /import\s+(?:type\s+)?([^;]*?)\s+from\s+"([^"]+)"/g;

function resolveModule(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => existsSync(candidate)) ?? null;
}

/** Local name → module file and exported name, for a file's value imports. */
function importsOf(file: string, source: string): Map<string, { file: string; name: string | null }> {
  const names = new Map<string, { file: string; name: string | null }>();
  for (const [, clause, spec] of source.matchAll(IMPORT)) {
    const resolved = resolveModule(file, spec!);
    if (!resolved || clause!.startsWith("type ")) continue;
    for (const part of clause!.replace(/[{}]/g, "").split(",")) {
      if (!part.trim() || part.trim().startsWith("type ")) continue;
      const [exported, local = exported] = part.trim().split(/\s+as\s+/);
      names.set(local!, { file: resolved, name: exported === "*" || !clause!.includes("{") ? null : exported! });
    }
  }
  return names;
}

const TOP_LEVEL = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;

const parsed = new Map<string, { source: string; declarations: Map<string, string>; imports: ReturnType<typeof importsOf> }>();

function parse(file: string) {
  let entry = parsed.get(file);
  if (!entry) {
    const source = readFileSync(file, "utf8");
    entry = { source, declarations: declarationsOf(source), imports: importsOf(file, source) };
    parsed.set(file, entry);
  }
  return entry;
}

const uses = (text: string, name: string) => new RegExp(`(?<![\\w$])${name.replaceAll("$", "\\$")}(?![\\w$])`).test(text);

/** The source text of each top-level declaration of a file, by name. */
function declarationsOf(source: string): Map<string, string> {
  const starts = [...source.matchAll(TOP_LEVEL)].map((m) => ({ name: m[1]!, index: m.index }));
  return new Map(starts.map(({ name, index }, i) => [name, source.slice(index, starts[i + 1]?.index ?? source.length)]));
}

function codesOfText(text: string, codes: Set<ErrorCode>): void {
  for (const [, code] of text.matchAll(/AppError\(\s*"([A-Z_]+)"/g)) codes.add(code as ErrorCode);
  if (/\bnotFound\(/.test(text)) codes.add("NOT_FOUND");
  if (/\bzodToAppError\(|(?<!JSON)\.parse\(/.test(text)) codes.add("VALIDATION");
}

/**
 * Codes a declaration can throw: its own text, and (recursively) the declarations it
 * uses, in its file or imported. A name that is not a top-level declaration (a
 * re-export) counts its whole file.
 */
function codesOfSymbol(file: string, name: string | null, seen: Set<string>, codes: Set<ErrorCode>): void {
  const key = `${file}#${name ?? "*"}`;
  if (seen.has(key) || file === WRAPPER || NOT_SCANNED.has(file)) return;
  seen.add(key);
  const { source, declarations, imports } = parse(file);
  const text = (name !== null && declarations.get(name)) || source;
  codesOfText(text, codes);
  for (const [local, imported] of imports) if (uses(text, local)) codesOfSymbol(imported.file, imported.name, seen, codes);
  for (const local of declarations.keys()) if (local !== name && uses(text, local)) codesOfSymbol(file, local, seen, codes);
}

/** The codes one exported method of a route file can raise. */
function codesOfHandler(routeFile: string, method: string): Set<ErrorCode> {
  const codes = new Set<ErrorCode>();
  codesOfSymbol(routeFile, method, new Set(), codes);
  codes.delete("INTERNAL");
  return codes;
}

const routeFileOf = (apiPath: string) => path.join(root, "app", apiPath.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");

describe("error statuses in the OpenAPI document", () => {
  it("lists every status a handler's use cases can throw", () => {
    const missing: string[] = [];
    for (const op of API_OPERATIONS) {
      const documented = new Set(errorCodesOf(op).map((code) => ERROR_STATUS[code]));
      for (const code of codesOfHandler(routeFileOf(op.path), op.method)) {
        if (!documented.has(ERROR_STATUS[code])) missing.push(`${op.method} ${op.path}: ${code} (${ERROR_STATUS[code]})`);
      }
    }
    expect(missing).toEqual([]);
  }, 60_000); // scans every handler's import graph: seconds, more on a busy machine

  it("finds the codes a handler throws (the scan itself works)", () => {
    expect([...codesOfHandler(routeFileOf("/api/tags"), "POST")]).toEqual(
      expect.arrayContaining(["CONFLICT", "VALIDATION", "BAD_REQUEST", "UNSUPPORTED_MEDIA_TYPE"]),
    );
    expect(codesOfHandler(routeFileOf("/api/tasks/{id}"), "GET")).not.toContain("CONFLICT");
    expect(codesOfHandler(routeFileOf("/api/tasks/{id}"), "DELETE")).toContain("CONFLICT");
  });

  it("documents problem+json for each error status, Retry-After on 429, and every download content type", () => {
    const doc = buildOpenApiDocument("http://localhost:3000") as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }> }>
      >;
    };
    for (const [apiPath, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(Object.keys(operation.responses), `${method} ${apiPath}`).toContain("429");
        expect(Object.keys(operation.responses["429"]?.headers ?? {})).toContain("Retry-After");
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400) expect(Object.keys(response.content ?? {})).toEqual(["application/problem+json"]);
        }
      }
    }
    const download = doc.paths["/api/attachments/{id}"]?.get?.responses["200"]?.content ?? {};
    expect(Object.keys(download)).toEqual(expect.arrayContaining(["image/jpeg", "application/pdf", "text/plain; charset=utf-8"]));
    expect(Object.keys(download)).not.toContain("application/octet-stream");
    const upload = doc.paths["/api/assets/{id}/attachments"]?.post?.responses ?? {};
    expect(Object.keys(upload)).toEqual(expect.arrayContaining(["400", "413", "415"]));
    expect(Object.keys(doc.paths["/api/tags"]?.post?.responses ?? {})).toEqual(expect.arrayContaining(["409", "413"]));
  });
});
