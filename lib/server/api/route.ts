/**
 * The one wrapper every REST route handler goes through. It authenticates (Bearer
 * token or session cookie), refuses cross-site writes, checks the permission table,
 * validates route params, and maps every thrown error to problem+json. Handlers stay
 * thin: parse input, call a lib use case, serialize.
 */
import "server-only";
import { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { sessionCookieName } from "@/lib/server/auth/auth-options";
import { authFromBearer, authFromSessionId, sessionIdFromCookie } from "@/lib/server/auth/resolve-auth";
import { AppError } from "@/lib/server/errors/app-error";
import { toAppError } from "@/lib/server/errors/to-app-error";
import { logger } from "@/lib/server/logger";
import { requirePermission, type Permission } from "@/lib/server/permissions";
import { problemResponse } from "./problem";
import { assertSameOrigin } from "./same-origin";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Route ids are UUIDs; anything else cannot exist, so it answers 404 like a missing record. */
export const ZRouteId = z.uuid();

interface RouteContext<P> {
  params: Promise<P>;
}

interface HandlerArgs<P> {
  request: Request;
  params: P;
}

type AuthedHandler<P> = (args: HandlerArgs<P> & { auth: AuthContext }) => Promise<Response>;
type PublicHandler<P> = (args: HandlerArgs<P>) => Promise<Response>;

function readCookie(request: Request, name: string): string | undefined {
  for (const part of request.headers.get("cookie")?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    // A malformed escape ("%", "%E0") is no session, not a server error.
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

async function resolveAuth(request: Request): Promise<AuthContext | null> {
  const bearer = await authFromBearer(request.headers.get("authorization"));
  if (bearer) return bearer;
  if (request.headers.get("authorization")) throw new AppError("UNAUTHENTICATED", "The API token is not valid.");
  const sessionId = await sessionIdFromCookie(readCookie(request, sessionCookieName()));
  const auth = await authFromSessionId(sessionId);
  if (auth && WRITE_METHODS.has(request.method)) assertSameOrigin(request);
  return auth;
}

async function validateParams<P>(context: RouteContext<P> | undefined): Promise<P> {
  const params = ((await context?.params) ?? {}) as P & Record<string, string>;
  for (const [key, value] of Object.entries(params)) {
    if ((key === "id" || key.endsWith("Id")) && !ZRouteId.safeParse(value).success) {
      throw new AppError("NOT_FOUND", "Record not found");
    }
  }
  return params;
}

function errorResponse(error: unknown, request: Request): Response {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") {
    logger.error("unhandled error in route handler", { method: request.method, path: new URL(request.url).pathname, cause: error });
  }
  return problemResponse(appError);
}

/** A route that needs a signed-in member with the given permission in the active household. */
export function apiRoute<P = Record<string, never>>(permission: Permission, handler: AuthedHandler<P>) {
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    try {
      const auth = await resolveAuth(request);
      if (!auth) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token.");
      requirePermission(auth.role, permission);
      const params = await validateParams(context);
      return await handler({ request, params, auth });
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

/** A route anyone may call (sign-up, health). Writes are still refused cross-site. */
export function publicApiRoute<P = Record<string, never>>(handler: PublicHandler<P>) {
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    try {
      if (WRITE_METHODS.has(request.method)) assertSameOrigin(request);
      const params = await validateParams(context);
      return await handler({ request, params });
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

/** JSON response helper; BigInt values (prices in minor units) become numbers. */
export function json(data: unknown, init: ResponseInit = {}): Response {
  const body = JSON.stringify(data, (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value));
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
  return new Response(body, { ...init, headers });
}
