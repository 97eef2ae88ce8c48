import { getAccount } from "@/lib/accounts/get-account";
import { ZSignUp } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json, publicApiRoute } from "@/lib/server/api/route";
import { clientKeyFromHeaders } from "@/lib/server/auth/client-key";
import { serverEnv } from "@/lib/server/env";

export const dynamic = "force-dynamic";

/** Sign up: creates the account and its first household. Limited per client address. */
export const POST = publicApiRoute(async ({ request }) => json(await signUp(await readJson(request, ZSignUp)), { status: 201 }), {
  rateLimit: ({ request }) => [
    {
      policy: "sign-up",
      key: clientKeyFromHeaders(request.headers),
      limit: serverEnv().SIGNUP_MAX_PER_HOUR,
      windowSeconds: 3600,
      message: "Too many sign-ups from this address. Try again later.",
    },
  ],
});

export const GET = apiRoute("account:manage", async ({ auth }) => json(await getAccount(auth)));
