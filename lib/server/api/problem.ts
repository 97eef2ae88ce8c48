/** RFC 9457 problem+json responses built from AppErrors. */
import "server-only";
import type { AppError } from "@/lib/server/errors/app-error";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { path: string; message: string }[];
}

export function problemBody(error: AppError): ProblemDetails {
  return {
    type: `https://dumbassets.dev/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
    title: TITLES[error.status] ?? "Error",
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
  };
}

export function problemResponse(error: AppError): Response {
  const headers = new Headers({ "content-type": "application/problem+json", "cache-control": "no-store" });
  if (error.retryAfterSeconds) headers.set("retry-after", String(error.retryAfterSeconds));
  if (error.status === 401) headers.set("www-authenticate", 'Bearer realm="dumbassets"');
  return new Response(JSON.stringify(problemBody(error)), { status: error.status, headers });
}
