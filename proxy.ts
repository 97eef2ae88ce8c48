/**
 * Runs before every route (Next 16's proxy, formerly middleware). Two jobs:
 * - /api: a path no route serves answers a problem+json 404, and a method the route
 *   does not serve a problem+json 405 with `Allow`, instead of Next's HTML page or empty
 *   body; API answers get a policy that lets nothing load.
 * - /calendar/<token>.ics (public iCalendar feeds): passed through untouched but for the
 *   API policy; no nonce (no page), and the request headers are not rewritten.
 * - pages: a fresh nonce per request and the strict Content-Security-Policy naming it.
 *   Next reads the nonce from the request's policy header and puts it on its scripts;
 *   the root layout reads `x-nonce` for the theme script.
 */
import { NextResponse, type NextRequest } from "next/server";
import { problemResponse } from "@/lib/server/api/problem";
import { config as appConfig } from "@/lib/server/config/config";
import { AppError } from "@/lib/server/errors/app-error";
import { allowedMethods, matchApiRoute } from "@/lib/server/http/api-routes";
import {
  API_CONTENT_SECURITY_POLICY,
  newNonce,
  pageContentSecurityPolicy,
  strictTransportSecurity,
} from "@/lib/server/http/security-headers";

/** The API reference is a page for people, under /api for its address. */
const API_PAGES = new Set(["/api/docs"]);

/** The same problem+json every route answers (lib/server/api/problem.ts), with the API policy. */
function problem(error: AppError, headers: Record<string, string> = {}): Response {
  const response = problemResponse(error);
  response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function withTransportSecurity(response: Response): Response {
  const hsts = strictTransportSecurity(appConfig().APP_URL);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

function apiAnswer(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  const template = matchApiRoute(pathname);
  if (!template) return problem(new AppError("NOT_FOUND", `No API at ${pathname}.`));
  const allowed = allowedMethods(template);
  if (!allowed.includes(request.method)) {
    return problem(new AppError("METHOD_NOT_ALLOWED", `${pathname} does not answer ${request.method}; it answers ${allowed.join(", ")}.`), {
      allow: allowed.join(", "),
    });
  }
  const response = NextResponse.next();
  response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
  return response;
}

function pageAnswer(request: NextRequest): Response {
  const nonce = newNonce();
  // NODE_ENV stays a direct read: Next replaces it with the build's mode at build time.
  const policy = pageContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/** The feed route answers text/calendar or text/plain: nothing there runs scripts. */
function feedAnswer(): Response {
  const response = NextResponse.next();
  response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
  return response;
}

export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/calendar/")) return withTransportSecurity(feedAnswer());
  const isApi = (pathname === "/api" || pathname.startsWith("/api/")) && !API_PAGES.has(pathname);
  return withTransportSecurity(isApi ? apiAnswer(request) : pageAnswer(request));
}

export const config = {
  // Static files carry no scripts of their own that a policy would need to name.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|sw.js).*)" }],
};
