import { getAccount } from "@/lib/accounts/get-account";
import { ZSignUp } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json, publicApiRoute } from "@/lib/server/api/route";
import { clientKeyFromHeaders } from "@/lib/server/auth/client-key";
import { serverEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors/app-error";
import { hitRateLimit } from "@/lib/server/rate-limit";

export const dynamic = "force-dynamic";

/** Sign up: creates the account and its first household. */
export const POST = publicApiRoute(async ({ request }) => {
  const limit = await hitRateLimit(`signup:client:${clientKeyFromHeaders(request.headers)}`, serverEnv().SIGNUP_MAX_PER_HOUR, 3600);
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", "Too many sign-ups from this address. Try again later.", {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  const result = await signUp(await readJson(request, ZSignUp));
  return json(result, { status: 201 });
});

export const GET = apiRoute("account:manage", async ({ auth }) => json(await getAccount(auth)));
