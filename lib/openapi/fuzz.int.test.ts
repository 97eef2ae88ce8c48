/**
 * Property-based check of the whole API against its own OpenAPI document: for every
 * operation, requests with valid, boundary and hostile values (control characters,
 * huge and negative numbers, impossible dates, wrong types, ids that are not UUIDs or
 * belong to no one, malformed JSON) go to the real handler against real PostgreSQL. Any
 * 5xx fails, and so does an answer the document does not describe: its status, its
 * content type or its body's schema.
 * Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> FUZZ_RUNS=<n>.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { z } from "zod";
import { beforeAll, describe, it, vi } from "vitest";
import { createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { routeHandler, type RouteMethod } from "@/tests/support/route-modules";
import { buildOpenApiDocument } from "./build-document";
import { API_OPERATIONS, type ApiOperation } from "./operations";

// The general API limit would answer 429 (documented) to most of this run; measure the handlers instead.
vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "0");

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

type JsonSchema = { properties?: Record<string, unknown>; [key: string]: unknown };
type DocumentedResponse = { content?: Record<string, { schema?: unknown }> };
type Document = {
  paths: Record<string, Record<string, { responses: Record<string, DocumentedResponse> }>>;
  components: { schemas: Record<string, unknown> };
};

const document = buildOpenApiDocument("http://localhost:3000") as unknown as Document;
const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: "doc", components: document.components });

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\u0007bell",
    "line\nbreak",
    "\ud800",
    "x".repeat(5000),
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "2026-02-30",
    "0000-01-01",
    "9999-12-31",
    "2026-13-01T00:00:00Z",
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
    "https://example.org/hook",
    "not a url",
    "javascript:alert(1)",
    "%00",
    "NaN",
    "-1",
    "1e309",
  ),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, Number.MIN_VALUE),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 3 }) },
);

function inputKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return Object.keys(json.properties ?? {});
}

type Body = { kind: "none" } | { kind: "json"; value: unknown } | { kind: "raw"; text: string };

function bodyFor(op: ApiOperation): fc.Arbitrary<Body> {
  if (!op.body) return fc.constant<Body>({ kind: "none" });
  const keys = op.body === "multipart" ? ["file", "kind"] : inputKeys(op.body);
  const documented = fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] });
  // Missing fields (none required above) and extra ones the schema does not name, including __proto__.
  const extra = fc.dictionary(
    fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "householdId", "id")),
    hostileValue,
    { maxKeys: 2 },
  );
  const fields = fc.tuple(documented, extra).map(([known, unknown]) => ({ ...unknown, ...known }));
  return fc.oneof(
    { weight: 6, arbitrary: fields.map((value): Body => ({ kind: "json", value })) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value): Body => ({ kind: "json", value })) },
    { weight: 1, arbitrary: fc.constantFrom("{", "nul\u0000l", "[1,", '{"a":}', "").map((text): Body => ({ kind: "raw", text })) },
  );
}

function queryFor(op: ApiOperation): fc.Arbitrary<Partial<Record<string, string>>> {
  const keys = inputKeys(op.query);
  const value = fc.oneof(hostileString, hostileNumber.map(String));
  const documented = fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] });
  // Parameters the document does not name must be ignored or refused, never a 5xx.
  const extra = fc.dictionary(fc.constantFrom("householdId", "limit", "cursor", "x", "\u0000"), value, { maxKeys: 2 });
  return fc.tuple(documented, extra).map(([known, unknown]) => ({ ...unknown, ...known }));
}

let owner: TestMember;
let realIds: string[];

function paramsFor(op: ApiOperation): fc.Arbitrary<Record<string, string>> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const id = fc.oneof(fc.constantFrom(...realIds), fc.uuid(), fc.constantFrom("not-a-uuid", "%00", "1"));
  return fc.record(Object.fromEntries(names.map((name) => [name, id])));
}

interface Sample {
  params: Record<string, string>;
  query: Partial<Record<string, string>>;
  body: Body;
}

function requestFor(op: ApiOperation, sample: Sample): Request {
  const url = new URL(
    `http://localhost:3000${op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(sample.params[name]!))}`,
  );
  for (const [key, value] of Object.entries(sample.query)) if (value !== undefined) url.searchParams.set(key, value);
  const headers = new Headers({ authorization: owner.authorization });
  let body: string | undefined;
  if (sample.body.kind !== "none") {
    headers.set("content-type", "application/json");
    body = sample.body.kind === "json" ? JSON.stringify(sample.body.value) : sample.body.text;
  }
  return new Request(url, { method: op.method, headers, body });
}

/** What is wrong with the answer, or null when the document describes it. */
async function mismatch(op: ApiOperation, response: Response): Promise<string | null> {
  if (response.status >= 500) return `answered ${response.status}: ${await response.text()}`;
  const documented = document.paths[op.path]?.[op.method.toLowerCase()]?.responses ?? {};
  const entry = documented[String(response.status)];
  if (!entry) return `answered ${response.status}, which the document does not list (${Object.keys(documented).join(", ")})`;
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const text = await response.text();
  if (!entry.content) return text === "" ? null : `answered ${response.status} with a body the document says it has not`;
  const media = entry.content[contentType];
  if (!media) return `answered ${response.status} as ${contentType || "(no type)"}, documented: ${Object.keys(entry.content).join(", ")}`;
  if (!contentType.includes("json") || !media.schema) return null;
  const validate = validatorFor(media.schema);
  if (!validate(JSON.parse(text)))
    return `body does not match the documented schema: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`;
  return null;
}

const validators = new Map<unknown, ValidateFunction>();
function validatorFor(schema: unknown): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    const ref = (schema as { $ref?: string }).$ref;
    validate = ref ? ajv.compile({ $ref: `doc${ref}` }) : ajv.compile(schema as object);
    validators.set(schema, validate);
  }
  return validate;
}

beforeAll(async () => {
  owner = await createHouseholdOwner("fuzz");
  const post = async (template: string, params: Record<string, string>, body: unknown) => {
    const handler = await routeHandler(template, "POST");
    const response = await handler(
      new Request(`http://localhost:3000${template}`, {
        method: "POST",
        headers: { authorization: owner.authorization, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve(params) },
    );
    const created = (await response.json()) as { id?: string; schedule?: { id: string } };
    return created.id ?? created.schedule?.id ?? "";
  };
  const asset = await post("/api/assets", {}, { name: "Boiler" });
  const meter = await post("/api/assets/{id}/meters", { id: asset }, { name: "Hours", unit: "HOURS" });
  const task = await post("/api/tasks", {}, { title: "Service the boiler", assetId: asset });
  const schedule = await post(
    "/api/advanced-schedules",
    {},
    { title: "Flush", rule: { kind: "INTERVAL", every: 30, unit: "DAY", anchor: "FIXED", startDate: "2030-01-01" } },
  );
  const location = await post("/api/locations", {}, { name: "Cellar" });
  const tag = await post("/api/tags", {}, { name: "Heating" });
  realIds = [asset, meter, task, schedule, location, tag].filter(Boolean);
});

describe("every operation, fuzzed against the OpenAPI document", () => {
  it.each(API_OPERATIONS.map((op) => [`${op.method} ${op.path}`, op] as const))("%s", async (_name, op) => {
    const handler = await routeHandler(op.path, op.method as RouteMethod);
    const sample = fc.record({ params: paramsFor(op), query: queryFor(op), body: bodyFor(op) });
    await fc.assert(
      fc.asyncProperty(sample, async (input) => {
        const request = requestFor(op, input);
        const response = await handler(request, { params: Promise.resolve(input.params) });
        const problem = await mismatch(op, response);
        if (problem) throw new Error(`${op.method} ${request.url}\nbody: ${JSON.stringify(input.body).slice(0, 300)}\n${problem}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
