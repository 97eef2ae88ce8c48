/**
 * The one error type of the domain. Use cases throw `AppError(code, message)`;
 * the API wrapper (lib/server/api/route.ts) turns it into an HTTP status through this table.
 */
import "server-only";
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldError[];
  /** Seconds a client should wait before retrying (rate limits). */
  readonly retryAfterSeconds?: number;
  /** A wrong password or similar guess: counted by the route's "failure" rate-limit rules. */
  readonly failedAttempt?: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fieldErrors?: FieldError[]; retryAfterSeconds?: number; failedAttempt?: boolean } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.failedAttempt = extra.failedAttempt;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
