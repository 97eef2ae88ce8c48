import "server-only";
import type { z } from "zod";
import { serverEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors/app-error";
import { zodToAppError } from "@/lib/server/errors/to-app-error";
import { logger } from "@/lib/server/logger";
import { readBodyText } from "./read-body";

/**
 * Reads a JSON body (refusing other content types and bodies over MAX_JSON_BODY_KB,
 * 413) and parses it with a zod schema.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
  }
  const text = await readBodyText(request, serverEnv().MAX_JSON_BODY_KB * 1024);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
  return parseInput(schema, body);
}

/** Parses URL search parameters with a zod schema (422 with field paths on failure). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return parseInput(schema, raw);
}

/**
 * A refinement that throws met a value it did not expect (a field that already failed,
 * say): the input is what is wrong, so it is a 422, never a 500. The throw is logged,
 * since the refinement should have said so itself.
 */
function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = schema.safeParse(input);
  } catch (error) {
    logger.error("an input schema threw instead of refusing the value", { cause: error });
    throw new AppError("VALIDATION", "The request has invalid fields.", { fieldErrors: [] });
  }
  if (!parsed.success) throw zodToAppError(parsed.error);
  return parsed.data;
}
