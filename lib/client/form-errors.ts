import type { z } from "zod";
import { ApiError, fieldErrorMap } from "./api";

export type FieldErrors = Record<string, string>;

/** A zod failure as one message per field path, the same shape the server's 422 gives. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorMap(error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })));
}

/**
 * Splits a failed request into field errors (shown beside inputs) and a form-level
 * message (shown above the submit button) for everything else.
 */
export function splitSubmitError(error: unknown, knownFields: readonly string[]): { fields: FieldErrors; form: string | null } {
  if (!(error instanceof ApiError))
    return { fields: {}, form: error instanceof Error ? error.message : "Something went wrong. Try again." };
  const fields: FieldErrors = {};
  const stray: string[] = [];
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const root = path.split(".")[0] ?? path;
    if (knownFields.includes(path) || knownFields.includes(root)) fields[path] = message;
    else stray.push(message);
  }
  const hasFields = Object.keys(fields).length > 0;
  const form = stray.length > 0 ? stray.join(" ") : hasFields ? null : error.message;
  return { fields, form };
}
