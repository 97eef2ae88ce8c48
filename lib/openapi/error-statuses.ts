/**
 * Which error statuses an operation can answer, derived from one place: the codes
 * every authenticated route can raise (the wrapper), the codes reading a body can
 * raise, and the codes the operation declares in `raises` (its use case throws them).
 * `error-statuses.test.ts` scans each handler's imports and fails when a handler can
 * throw a code that is not listed here.
 */
import "server-only";
import { ERROR_STATUS, type ErrorCode } from "@/lib/server/errors/app-error";
import type { ApiOperation } from "./operations";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The body is not valid JSON (or not valid multipart/form-data)",
  401: "Not signed in, or the API token is not valid",
  403: "The role does not allow this, or a cross-site request",
  404: "Not found (including records of other households, and ids that are not UUIDs)",
  409: "Conflicts with the current state (a duplicate, a closed record, a record still in use)",
  413: "The body is larger than the limit",
  415: "The body is not sent with the content type this operation reads",
  422: "Invalid input, with field paths in `errors`",
  429: "Too many requests; `Retry-After` says how many seconds to wait",
};

/** The AppError codes the operation can answer with, in status order. */
export function errorCodesOf(op: ApiOperation): ErrorCode[] {
  const codes = new Set<ErrorCode>(["RATE_LIMITED", ...(op.raises ?? [])]);
  if (!op.public) for (const code of ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION"] as const) codes.add(code);
  if (op.public && WRITE_METHODS.has(op.method)) codes.add("CROSS_SITE_REQUEST");
  if (op.path.includes("{")) codes.add("NOT_FOUND");
  if (op.query) codes.add("VALIDATION");
  if (op.body) for (const code of ["BAD_REQUEST", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "VALIDATION"] as const) codes.add(code);
  return [...codes].sort((a, b) => ERROR_STATUS[a] - ERROR_STATUS[b]);
}

/** The error statuses the operation documents (problem+json). */
export function errorStatusesOf(op: ApiOperation): number[] {
  return [...new Set(errorCodesOf(op).map((code) => ERROR_STATUS[code]))];
}
