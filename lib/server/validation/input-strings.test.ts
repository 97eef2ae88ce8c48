/**
 * The class of fault, not the example: every string any operation reads from a body or
 * a query refuses control characters and broken Unicode, and every number is bounded.
 * A new input schema with a bare `z.string()` or an unbounded `z.number()` fails here.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_OPERATIONS } from "@/lib/openapi/operations";

interface Leaf {
  path: string;
  schema: z.ZodType;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every string and number node under `schema`, with the path that leads to it. */
function leaves(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): Leaf[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const child = (s: unknown, p: string) => leaves(s as z.ZodType, p, seen);
  switch (def.type) {
    case "string":
    case "number":
      return [{ path, schema }];
    case "object":
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, s]) => child(s, `${path}.${key}`));
    case "array":
      return child(def.element, `${path}[]`);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return child(def.innerType, path);
    case "pipe":
      return [...child(def.in, path), ...child(def.out, path)];
    case "union":
      return (def.options as z.ZodType[]).flatMap((s, i) => child(s, `${path}|${i}`));
    case "intersection":
      return [...child(def.left, path), ...child(def.right, path)];
    case "tuple":
      return (def.items as z.ZodType[]).flatMap((s, i) => child(s, `${path}[${i}]`));
    case "record":
      return [...child(def.keyType, `${path}{key}`), ...child(def.valueType, `${path}{}`)];
    case "lazy":
      return child((def.getter as () => z.ZodType)(), path);
    default:
      return [];
  }
}

const inputs = API_OPERATIONS.flatMap((op) => [
  ...(op.body && op.body !== "multipart" ? leaves(op.body, `${op.operationId} body`) : []),
  ...(op.query ? leaves(op.query, `${op.operationId} query`) : []),
]);

/** A schema that throws instead of answering is as bad as one that accepts: both end in a 500. */
function accepts(schema: z.ZodType, value: unknown): boolean {
  try {
    return schema.safeParse(value).success;
  } catch {
    return true;
  }
}

const HOSTILE = ["a\u0000b", "\u0000", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\ud800b", "a\udc00b"];

describe("every input schema", () => {
  it("has string and number fields to check (the walker sees the operations)", () => {
    expect(inputs.filter((l) => defOf(l.schema).type === "string").length).toBeGreaterThan(50);
    expect(inputs.filter((l) => defOf(l.schema).type === "number").length).toBeGreaterThan(10);
  });

  it("refuses control characters and lone surrogates in every string field", () => {
    const accepting = inputs
      .filter((l) => defOf(l.schema).type === "string")
      .flatMap((l) => HOSTILE.filter((v) => accepts(l.schema, v)).map((v) => `${l.path} accepts ${JSON.stringify(v)}`));
    expect(accepting).toEqual([]);
  });

  it("bounds every number field", () => {
    const unbounded = inputs
      .filter((l) => defOf(l.schema).type === "number")
      .filter((l) => {
        const n = l.schema as z.ZodNumber;
        return !(Number.isFinite(n.minValue) && Number.isFinite(n.maxValue) && Math.abs(n.maxValue ?? Infinity) <= Number.MAX_SAFE_INTEGER);
      })
      .map((l) => l.path);
    expect(unbounded).toEqual([]);
  });
});
