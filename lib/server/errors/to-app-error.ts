/**
 * Maps anything thrown by a use case to an AppError: zod issues become 422 with
 * field paths, Prisma's unique and missing-record errors become 409 and 404.
 * Anything else is INTERNAL; callers log the cause and answer opaquely.
 */
import { ZodError } from "zod";
import { AppError } from "./app-error";

function prismaCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return /^P\d{4}$/.test(error.code) ? error.code : undefined;
  }
  return undefined;
}

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
  return new AppError("INTERNAL", "Something went wrong on our side.");
}
