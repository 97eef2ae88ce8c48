/**
 * The one way the browser talks to the REST API. Successful responses resolve to
 * their JSON body; failures become an ApiError carrying the RFC 9457 problem
 * (status, code, detail) and its field errors keyed by path ("name",
 * "customFields.0.label"), ready to show next to the inputs.
 */

export interface ProblemFieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: Record<string, string>;
  readonly retryAfterSeconds?: number;

  constructor(status: number, code: string, message: string, fieldErrors: Record<string, string> = {}, retryAfterSeconds?: number) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: "Your session has ended. Sign in again.",
  403: "Your role in this household does not allow this.",
  404: "This could not be found. It may have been deleted.",
  409: "This conflicts with existing data.",
  413: "The file is too large.",
  415: "This file type is not supported.",
  429: "Too many attempts. Try again later.",
};

/** Keeps the first message per path: the one the user should fix first. */
export function fieldErrorMap(errors: readonly ProblemFieldError[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors ?? []) {
    const path = error.path || "_form";
    map[path] ??= error.message;
  }
  return map;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Builds an ApiError from a status, the response text and headers. Exported for the XHR upload path. */
export function apiErrorFrom(status: number, bodyText: string, retryAfter: string | null): ApiError {
  let body: unknown = null;
  try {
    body = bodyText ? JSON.parse(bodyText) : null;
  } catch {
    // Proxies and crashed servers answer with HTML; fall back to the status.
  }
  const problem = isRecord(body) ? body : {};
  const detail = typeof problem.detail === "string" && problem.detail ? problem.detail : undefined;
  const code = typeof problem.code === "string" ? problem.code : `HTTP_${status}`;
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter((e): e is ProblemFieldError => isRecord(e) && typeof e.path === "string" && typeof e.message === "string")
    : [];
  const message =
    detail ?? FALLBACK_MESSAGES[status] ?? (status >= 500 ? "Something went wrong on our side. Try again." : `Request failed (${status}).`);
  const retry = retryAfter ? Number(retryAfter) : undefined;
  return new ApiError(status, code, message, fieldErrorMap(errors), Number.isFinite(retry) ? retry : undefined);
}

export type QueryValue = string | number | boolean | null | undefined;

/** Appends defined, non-empty values as search parameters. */
export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes("?") ? "&" : "?"}${qs}` : path;
}

interface ApiFetchOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** A plain value is sent as JSON; FormData is sent as multipart. */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

export async function apiFetch<T>(path: string, { method = "GET", body, query, signal }: ApiFetchOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), { method, headers, body: payload, signal, credentials: "same-origin" });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", "Could not reach the server. Check your connection and try again.");
  }
  const text = await response.text();
  if (!response.ok) throw apiErrorFrom(response.status, text, response.headers.get("retry-after"));
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Multipart upload through XMLHttpRequest, the only browser API that reports upload
 * progress. `onProgress` receives a fraction between 0 and 1.
 */
export function uploadWithProgress<T>(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
      } else {
        reject(apiErrorFrom(xhr.status, xhr.responseText, xhr.getResponseHeader("retry-after")));
      }
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, "NETWORK", "The upload failed. Check your connection and try again.")));
    xhr.addEventListener("abort", () => reject(new ApiError(0, "ABORTED", "The upload was cancelled.")));
    xhr.send(form);
  });
}

/** A message fit for a toast or an alert, from anything a request can throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Try again.";
}
