/**
 * The POST door of next-auth (/api/auth/*) behind the API wrapper, so sign-in attempts
 * are limited like every other limit (lib/accounts/credential-rate-limits.ts): the
 * credentials callback's email and the client address pick the rules; next-auth's 401
 * for a wrong password counts as a failure, a refusal is a 429 problem+json with
 * Retry-After. next-auth's client reads `url` from the answer, so the 429 carries one
 * whose `error` is RATE_LIMITED.
 */
import "server-only";
import { credentialRateLimits } from "@/lib/accounts/credential-rate-limits";
import { publicApiRoute } from "@/lib/server/api/route";
import { serverEnv } from "@/lib/server/env";
import { clientKeyFromHeaders } from "@/lib/server/auth/client-key";

export interface NextAuthParams {
  nextauth: string[];
}
type NextAuthContext = { params: Promise<NextAuthParams> };
type Handler = (request: Request, context: NextAuthContext) => Promise<Response>;

async function signInRules({ request, params }: { request: Request; params: NextAuthParams }) {
  if (params.nextauth?.join("/") !== "callback/credentials") return [];
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get("email") ?? "")
    .trim()
    .toLowerCase()
    .slice(0, 254);
  return credentialRateLimits("sign-in", email, clientKeyFromHeaders(request.headers));
}

async function withSignInErrorUrl(response: Response): Promise<Response> {
  const body = (await response.json()) as Record<string, unknown>;
  const url = new URL("/sign-in", serverEnv().APP_URL);
  url.searchParams.set("error", "RATE_LIMITED");
  return new Response(JSON.stringify({ ...body, url: url.toString() }), { status: response.status, headers: response.headers });
}

export function limitedSignInRoute(handler: Handler) {
  const limited = publicApiRoute<NextAuthParams>(({ request, params }) => handler(request, { params: Promise.resolve(params) }), {
    rateLimit: signInRules,
  });
  return async (request: Request, context: NextAuthContext): Promise<Response> => {
    const response = await limited(request, context);
    return response.status === 429 ? withSignInErrorUrl(response) : response;
  };
}
