import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/lib/openapi/operations";
import { API_ROUTES, allowedMethods, matchApiRoute } from "./api-routes";

const appDir = path.resolve(__dirname, "../../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every app/api/**\/route.ts as its template and the methods it exports. */
function routeFiles(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const template = path
          .relative(appDir, dir)
          .split(path.sep)
          .map((segment) => segment.replace(/^\[\.\.\.(\w+)\]$/, "{...$1}").replace(/^\[(\w+)\]$/, "{$1}"))
          .join("/");
        const source = readFileSync(full, "utf8");
        const exported = new Set<string>();
        for (const match of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g))
          exported.add(match[1]!);
        for (const block of source.matchAll(/export \{([^}]*)\}/g)) {
          for (const match of block[1]!.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)) exported.add(match[1]!);
        }
        found[`/${template}`] = METHODS.filter((method) => exported.has(method));
      }
    }
  };
  walk(path.join(appDir, "api"));
  return found;
}

describe("the /api route table", () => {
  it("names exactly the route files and the methods they export", () => {
    const files = routeFiles();
    const table = Object.fromEntries(Object.entries(API_ROUTES).map(([template, methods]) => [template, [...methods]]));
    expect(table).toEqual(files);
  });

  it("holds every OpenAPI operation, and every route but next-auth's and the API reference's is documented", () => {
    for (const operation of API_OPERATIONS) {
      expect(API_ROUTES[operation.path], `${operation.method} ${operation.path}`).toContain(operation.method);
    }
    const documented = new Set(API_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`));
    const undocumented = Object.entries(API_ROUTES)
      .filter(([template]) => !template.startsWith("/api/auth/") && !template.startsWith("/api/docs"))
      .flatMap(([template, methods]) => methods.map((method) => `${method} ${template}`))
      .filter((key) => !documented.has(key));
    expect(undocumented).toEqual([]);
  });

  it("matches literal segments before parameters, and nothing it does not serve", () => {
    expect(matchApiRoute("/api/tasks/calendar")).toBe("/api/tasks/calendar");
    expect(matchApiRoute("/api/tasks/0190c0de-0000-7000-8000-000000000000")).toBe("/api/tasks/{id}");
    expect(matchApiRoute("/api/auth/callback/credentials")).toBe("/api/auth/{...nextauth}");
    expect(matchApiRoute("/api/nope")).toBeNull();
    expect(matchApiRoute("/api/tasks/x/y/z")).toBeNull();
    expect(matchApiRoute("/api")).toBeNull();
    expect(matchApiRoute("/api/docs")).toBe("/api/docs");
    expect(matchApiRoute("/api/docs/init.js")).toBe("/api/docs/{file}");
  });

  it("allows HEAD with GET, and OPTIONS everywhere", () => {
    expect(allowedMethods("/api/tags/{id}")).toEqual(["GET", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/account/password")).toEqual(["PUT", "OPTIONS"]);
  });
});
