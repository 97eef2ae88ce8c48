/**
 * Maps anything thrown by a use case to an AppError: zod issues become 422 with
 * field paths, Prisma's unique and missing-record errors become 409 and 404.
 * A value the database refused as data (SQLSTATE class 22: NUL in text, a date out of
 * range, a numeric overflow, a malformed uuid) and Prisma's invalid-value errors are a
 * 422: input schemas should have refused it first, this is the backstop.
 * Anything else is INTERNAL; callers log the cause and answer opaquely.
 */
import "server-only";
import { ZodError } from "zod";
import { AppError } from "./app-error";

function prismaCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return /^P\d{4}$/.test(error.code) ? error.code : undefined;
  }
  return undefined;
}

const hasKey = <K extends string>(value: unknown, key: K): value is Record<K, unknown> =>
  typeof value === "object" && value !== null && key in value;

/** The PostgreSQL SQLSTATE behind an error: pg's own, or the one Prisma's driver adapter carries. */
export function sqlState(error: unknown): string | undefined {
  const isState = (v: unknown): v is string => typeof v === "string" && /^[0-9A-Z]{5}$/.test(v) && !/^P\d{4}$/.test(v);
  if (hasKey(error, "code") && isState(error.code)) return error.code;
  const adapterError =
    hasKey(error, "meta") && hasKey(error.meta, "driverAdapterError")
      ? error.meta.driverAdapterError
      : hasKey(error, "cause")
        ? error.cause
        : undefined;
  const cause = hasKey(adapterError, "cause") ? adapterError.cause : undefined;
  if (hasKey(cause, "originalCode") && isState(cause.originalCode)) return cause.originalCode;
  if (hasKey(cause, "code") && isState(cause.code)) return cause.code;
  return undefined;
}

/** Prisma's codes for a value the query engine or the database could not take. */
const INVALID_VALUE_CODES = new Set(["P2000", "P2005", "P2006", "P2007", "P2019", "P2020", "P2023", "P2033"]);

const invalidValue = () => new AppError("VALIDATION", "A value in the request cannot be stored.", { fieldErrors: [] });

export function zodToAppError(error: ZodError): AppError {
  return new AppError("VALIDATION", "The request has invalid fields.", {
    fieldErrors: error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
  });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return zodToAppError(error);
  switch (prismaCode(error)) {
    case "P2002":
      return new AppError("CONFLICT", "A record with these values already exists.");
    case "P2025":
    case "P2001":
      return new AppError("NOT_FOUND", "Record not found");
    case "P2003":
      return new AppError("CONFLICT", "This record is still referenced by others.");
  }
  if (sqlState(error)?.startsWith("22")) return invalidValue();
  const code = prismaCode(error);
  if (code && INVALID_VALUE_CODES.has(code)) return invalidValue();
  return new AppError("INTERNAL", "Something went wrong on our side.");
}
