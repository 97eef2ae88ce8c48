/**
 * The limits on password guesses, shared by sign-in and the current-password check of a
 * password change. They stop guessing without letting anyone lock the owner out:
 *
 * - strict per (account, client): LOGIN_MAX_ATTEMPTS failures per window;
 * - looser per client across accounts: 5x that;
 * - per account, whatever the client: once the account has had LOGIN_MAX_ATTEMPTS
 *   failures in the window, attempts on it are spaced LOGIN_BACKOFF_SECONDS apart.
 *   That slows a guesser using many addresses but never blocks a client that has not
 *   failed: the owner waits seconds, not the window.
 *
 * Only wrong passwords count (the route wrapper records them); a success clears the
 * (account, client) count.
 */
import "server-only";
import { serverEnv } from "@/lib/server/env";
import { countedFailures, type RateLimitRule } from "@/lib/server/rate-limit";

export async function credentialRateLimits(scope: "sign-in" | "password", account: string, client: string): Promise<RateLimitRule[]> {
  const env = serverEnv();
  const windowSeconds = env.LOGIN_WINDOW_MINUTES * 60;
  const message = "Too many password attempts. Wait a moment and try again.";
  const accountFailures: RateLimitRule = {
    policy: `${scope}-account`,
    key: account,
    limit: env.LOGIN_MAX_ATTEMPTS,
    windowSeconds,
    counts: "failure",
    observeOnly: true,
  };
  const rules: RateLimitRule[] = [
    {
      policy: scope,
      key: `${account}|${client}`,
      limit: env.LOGIN_MAX_ATTEMPTS,
      windowSeconds,
      counts: "failure",
      clearOnSuccess: true,
      message,
    },
    { policy: `${scope}-client`, key: client, limit: env.LOGIN_MAX_ATTEMPTS * 5, windowSeconds, counts: "failure", message },
    accountFailures,
  ];
  if ((await countedFailures(accountFailures)) >= env.LOGIN_MAX_ATTEMPTS) {
    rules.push({ policy: `${scope}-backoff`, key: account, limit: 1, windowSeconds: env.LOGIN_BACKOFF_SECONDS, message });
  }
  return rules;
}
