/**
 * The one wrapper every REST route handler goes through. It authenticates (Bearer
 * token or session cookie), refuses cross-site writes, checks the permission table,
 * validates route params, applies rate limits (the general per-token / per-member API
 * limit and the route's own `rateLimit` rules), and maps every thrown error to
 * problem+json. Handlers stay thin: parse input, call a lib use case, serialize.
 */
import "server-only";
import { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { sessionCookieName } from "@/lib/server/auth/auth-options";
import { authFromBearer, authFromSessionId, sessionIdFromCookie } from "@/lib/server/auth/resolve-auth";
import { AppError } from "@/lib/server/errors/app-error";
import { toAppError } from "@/lib/server/errors/to-app-error";
import { serverEnv } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";
import type { Permission } from "@/lib/core/permissions";
import { requirePermission } from "@/lib/server/permissions";
import { checkRateLimits, rateLimitHeaders, recordAttempt, type RateLimitRule } from "@/lib/server/rate-limit";
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

export interface RouteOptions<A> {
  /**
   * The route's own limits (sign-up per client, invitations per household, password
   * guesses...), checked before the handler runs. "failure" rules count an answer of
   * 401 or an AppError thrown with `failedAttempt`.
   */
  rateLimit?: (args: A) => RateLimitRule[] | Promise<RateLimitRule[]>;
}

function sameOriginOptions() {
  const env = serverEnv();
  return { trustedProxyHops: env.TRUST_PROXY, appUrl: env.APP_URL };
}

/** The general API limit: per API token, or per member for browser sessions. */
export function apiRateLimit(auth: AuthContext): RateLimitRule {
  return {
    policy: "api",
    key: auth.tokenId ? `token:${auth.tokenId}` : `member:${auth.userId}`,
    limit: serverEnv().API_RATE_LIMIT_PER_MINUTE,
    windowSeconds: 60,
    message: "Too many API requests. Slow down and try again shortly.",
  };
}

function withHeaders(response: Response, extra: Record<string, string>): Response {
  if (Object.keys(extra).length === 0) return response;
  try {
    for (const [name, value] of Object.entries(extra)) response.headers.set(name, value);
    return response;
  } catch {
    // Immutable headers (a redirect or a fetched response): copy it.
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** Checks the rules, runs the handler, counts a failed attempt, and puts RateLimit headers on the answer. */
async function runLimited(rules: RateLimitRule[], request: Request, run: () => Promise<Response>): Promise<Response> {
  if (rules.length === 0) return run();
  const verdict = await checkRateLimits(rules);
  const headers = rateLimitHeaders(verdict.states);
  if (verdict.refused) {
    const refusal = new AppError("RATE_LIMITED", verdict.refused.message, { retryAfterSeconds: verdict.refused.retryAfterSeconds });
    return withHeaders(problemResponse(refusal), headers);
  }
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    if (error instanceof AppError && error.failedAttempt) await recordAttempt(rules, "failure");
    return withHeaders(errorResponse(error, request), headers);
  }
  if (response.status === 401) await recordAttempt(rules, "failure");
  else if (response.status < 400) await recordAttempt(rules, "success");
  return withHeaders(response, headers);
}

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
  if (auth && WRITE_METHODS.has(request.method)) assertSameOrigin(request, sameOriginOptions());
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
export function apiRoute<P = Record<string, never>>(
  permission: Permission,
  handler: AuthedHandler<P>,
  options: RouteOptions<HandlerArgs<P> & { auth: AuthContext }> = {},
) {
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    try {
      const auth = await resolveAuth(request);
      if (!auth) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token.");
      requirePermission(auth.role, permission);
      const params = await validateParams(context);
      const args = { request, params, auth };
      const rules = [apiRateLimit(auth), ...((await options.rateLimit?.(args)) ?? [])];
      return await runLimited(rules, request, () => handler(args));
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

/** A route anyone may call (sign-up, health). Writes are still refused cross-site. */
export function publicApiRoute<P = Record<string, never>>(handler: PublicHandler<P>, options: RouteOptions<HandlerArgs<P>> = {}) {
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    try {
      if (WRITE_METHODS.has(request.method)) assertSameOrigin(request, sameOriginOptions());
      const params = await validateParams(context);
      const args = { request, params };
      const rules = (await options.rateLimit?.(args)) ?? [];
      return await runLimited(rules, request, () => handler(args));
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
