import type { z } from "zod";
import { ApiError, fieldErrorMap } from "./api";

export type FieldErrors = Record<string, string>;

/** What a failed submit shows: messages beside inputs, and one message above the submit button. */
export interface SubmitErrors {
  fields: FieldErrors;
  form: string | null;
}

export interface SplitOptions {
  /**
   * A 409 that names no field (a duplicate name) is shown at this field instead of above
   * the form, with `message` or else the problem's detail.
   */
  conflict?: { field: string; message?: string };
}

/** A zod failure as one message per field path, the same shape the server's 422 gives. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorMap(error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })));
}

/**
 * Splits a failed request into field errors (shown beside inputs) and a form-level
 * message (shown above the submit button) for everything else. A path belongs to a
 * field when it or its first segment ("customFields" of "customFields.0.label") is known.
 */
export function splitSubmitError(error: unknown, knownFields: readonly string[], options: SplitOptions = {}): SubmitErrors {
  if (!(error instanceof ApiError))
    return { fields: {}, form: error instanceof Error && error.message ? error.message : "Something went wrong. Try again." };
  const fields: FieldErrors = {};
  const stray: string[] = [];
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const root = path.split(".")[0] ?? path;
    if (knownFields.includes(path) || knownFields.includes(root)) fields[path] = message;
    else stray.push(message);
  }
  const { conflict } = options;
  if (conflict && error.status === 409 && fields[conflict.field] === undefined) fields[conflict.field] = conflict.message ?? error.message;
  const hasFields = Object.keys(fields).length > 0;
  const form = stray.length > 0 ? stray.join(" ") : hasFields ? null : error.message;
  return { fields, form };
}

/**
 * The message for an input that stands for a whole list or object: its own path, else the
 * first nested one ("eventTypes.2" for the events picker).
 */
export function fieldError(errors: FieldErrors, root: string): string | undefined {
  return errors[root] ?? Object.entries(errors).find(([path]) => path.startsWith(`${root}.`))?.[1];
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
