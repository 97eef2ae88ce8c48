/**
 * Builds the OpenAPI 3.1 document from the same zod schemas the route handlers parse
 * with, so the document cannot drift from the code. A test checks that every route
 * file's exported methods appear here and nothing else does.
 */
import { z } from "zod";
import { API_OPERATIONS, type ApiOperation } from "./operations";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

const problem = { $ref: "#/components/schemas/Problem" };

function responsesFor(op: ApiOperation): Record<string, unknown> {
  const success = String(op.successStatus ?? (op.method === "POST" ? 201 : 200));
  const responses: Record<string, unknown> = {
    [success]:
      op.response === null
        ? { description: "No content" }
        : op.response === "binary"
          ? { description: "The file", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } }
          : { description: "Success", content: { "application/json": { schema: toSchema(op.response, "output") } } },
  };
  const errors: [string, string][] = [
    ["401", "Not signed in, or the API token is not valid"],
    ["403", "The role does not allow this, or a cross-site request"],
    ["404", "Not found (including records of other households)"],
    ["422", "Invalid input, with field paths in `errors`"],
  ];
  for (const [status, description] of op.public ? errors.filter(([s]) => s === "422") : errors) {
    responses[status] = { description, content: { "application/problem+json": { schema: problem } } };
  }
  if (op.body && op.body !== "multipart") {
    responses["413"] = { description: "The JSON body is larger than MAX_JSON_BODY_KB", content: { "application/problem+json": { schema: problem } } };
  }
  // Every signed-in call counts against API_RATE_LIMIT_PER_MINUTE; public writes (sign-up) have limits of their own.
  if (!op.public || op.body) {
    responses["429"] = {
      description: "Rate limited: wait Retry-After seconds",
      headers: {
        "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" },
        RateLimit: { schema: { type: "string" }, description: "Remaining quota per policy (IETF RateLimit header)" },
        "RateLimit-Policy": { schema: { type: "string" }, description: "Quota and window per policy" },
      },
      content: { "application/problem+json": { schema: problem } },
    };
  }
  return responses;
}

export function buildOpenApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string", format: "uuid" },
    }));
    const queryParams = op.query
      ? Object.entries((toSchema(op.query, "input").properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({
          name,
          in: "query",
          required: false,
          schema,
        }))
      : [];
    paths[op.path] ??= {};
    paths[op.path]![op.method.toLowerCase()] = {
      operationId: op.operationId,
      summary: op.summary,
      tags: [op.tag],
      ...(op.public ? { security: [] } : {}),
      parameters: [...pathParams, ...queryParams],
      ...(op.body === "multipart"
        ? { requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "array", items: { type: "string", format: "binary" } }, kind: { type: "string" } } } } } } }
        : op.body
          ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(op.body, "input") } } } }
          : {}),
      responses: responsesFor(op),
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "DumbAssets Enhanced API", version: "1.0.0", description: "Household assets and their upkeep." },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token from Settings → API tokens (da_…)" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "code"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            code: { type: "string" },
            errors: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
          },
        },
      },
    },
  };
}
