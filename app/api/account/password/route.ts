import { changePassword } from "@/lib/accounts/change-password";
import { credentialRateLimits } from "@/lib/accounts/credential-rate-limits";
import { ZChangePassword } from "@/lib/accounts/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";
import { clientKeyFromHeaders } from "@/lib/server/auth/client-key";

export const dynamic = "force-dynamic";

/**
 * Changes the password; signs out every other session, optionally this one too, and
 * revokes the account's API tokens unless told not to. Guesses at the current password
 * are limited like sign-in.
 */
export const PUT = apiRoute(
  "account:manage",
  async ({ request, auth }) => json(await changePassword(auth, await readJson(request, ZChangePassword))),
  { rateLimit: ({ request, auth }) => credentialRateLimits("password", auth.userId, clientKeyFromHeaders(request.headers)) },
);
