import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-document";
import { API_OPERATIONS } from "./operations";

const apiDir = path.join(process.cwd(), "app", "api");
const METHOD_EXPORT = /export const (GET|POST|PUT|PATCH|DELETE)\b|export \{[^}]*\bas (GET|POST)\b/g;

/** Every (method, path) exported by a route file under app/api, as OpenAPI paths. */
function routeOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = `/${path.relative(path.join(process.cwd(), "app"), dir)}`.replace(/\[(\w+)\]/g, "{$1}");
        if (route.startsWith("/api/auth/")) continue; // next-auth's own endpoints
        for (const match of readFileSync(full, "utf8").matchAll(METHOD_EXPORT)) found.push(`${match[1] ?? match[2]} ${route}`);
      }
    }
  };
  walk(apiDir);
  return found.sort();
}

describe("the OpenAPI document", () => {
  it("lists exactly the operations the route files export", () => {
    expect(API_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort()).toEqual(routeOperations());
  });

  it("is OpenAPI 3.1 with unique operation ids and JSON schemas from zod", () => {
    const doc = buildOpenApiDocument("http://localhost:3000") as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { operationId: string; requestBody?: { content: Record<string, { schema: { properties?: object } }> } }>
      >;
    };
    expect(doc.openapi).toBe("3.1.0");
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    const createAsset = doc.paths["/api/assets"]?.post;
    expect(Object.keys(createAsset?.requestBody?.content["application/json"]?.schema.properties ?? {})).toEqual(
      expect.arrayContaining(["name", "purchaseDate", "priceMinor", "warrantyExpiresOn", "customFields", "tagIds"]),
    );
  });
});
