/**
 * Builds the OpenAPI 3.1 document from the same zod schemas the route handlers parse
 * with, so the document cannot drift from the code. A test checks that every route
 * file's exported methods appear here and nothing else does.
 */
import "server-only";
import { z } from "zod";
import { ERROR_DESCRIPTIONS, errorStatusesOf } from "./error-statuses";
import { API_OPERATIONS, type ApiOperation } from "./operations";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

const problem = { $ref: "#/components/schemas/Problem" };
const problemContent = { "application/problem+json": { schema: problem } };

const RATE_LIMIT_HEADERS = {
  "Retry-After": { description: "Seconds to wait before trying again", required: true, schema: { type: "integer", minimum: 0 } },
  RateLimit: { description: "The limit's remaining quota and reset (IETF RateLimit fields)", schema: { type: "string" } },
  "RateLimit-Policy": { description: "The limit's quota and window", schema: { type: "string" } },
};

function successResponse(op: ApiOperation): Record<string, unknown> {
  if (op.response === null) return { description: "No content" };
  if (op.response instanceof z.ZodType) {
    return { description: "Success", content: { "application/json": { schema: toSchema(op.response, "output") } } };
  }
  const file = { schema: { type: "string", format: "binary" } };
  return { description: "The file", content: Object.fromEntries(op.response.files.map((type) => [type, file])) };
}

function responsesFor(op: ApiOperation): Record<string, unknown> {
  const success = String(op.successStatus ?? (op.method === "POST" ? 201 : 200));
  const responses: Record<string, unknown> = { [success]: successResponse(op) };
  for (const status of errorStatusesOf(op)) {
    responses[String(status)] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Error",
      ...(status === 429 ? { headers: RATE_LIMIT_HEADERS } : {}),
      content: problemContent,
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
        ? {
            requestBody: {
              required: true,
              content: {
                "multipart/form-data": {
                  schema: {
                    type: "object",
                    properties: { file: { type: "array", items: { type: "string", format: "binary" } }, kind: { type: "string" } },
                  },
                },
              },
            },
          }
        : op.body
          ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(op.body, "input") } } } }
          : {}),
      responses: responsesFor(op),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "DumbAssets Enhanced API",
      version: "1.0.0",
      description:
        "Household assets and their upkeep. Errors are RFC 9457 problem+json. Every operation may answer 429 with `Retry-After` " +
        "when the API rate limit is reached. A path under /api that does not exist answers 404, and a method a path does not " +
        "have answers 405 with an `Allow` header, both as problem+json.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    paths,
    components: {
      responses: {
        NotFound: { description: "No such path under /api", content: problemContent },
        MethodNotAllowed: {
          description: "The path exists but not with this method",
          headers: { Allow: { description: "The methods the path has", required: true, schema: { type: "string" } } },
          content: problemContent,
        },
      },
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
