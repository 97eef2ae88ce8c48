/**
 * Limits of the public feed route. A calendar app polls a feed every few minutes at most,
 * so a token asking more than CALENDAR_FEED_RATE_LIMIT_PER_MINUTE times a minute is a
 * loop or a leak; one client address gets ten times that (a household behind one NAT, a
 * scraper guessing tokens). 0 turns both off (benchmarks).
 *
 * The token's bucket is named by a prefix of its SHA-256, never by the token. Buckets for
 * guessed tokens are bounded by the client limit and purged with every other bucket.
 */
import "server-only";
import { config } from "@/lib/server/config/config";
import type { RateLimitRule } from "@/lib/server/rate-limit";

export function feedRateLimits(tokenHash: string, client: string): RateLimitRule[] {
  const perToken = config().CALENDAR_FEED_RATE_LIMIT_PER_MINUTE;
  const message = "Too many calendar requests. Try again later.";
  return [
    { policy: "calendar-feed", key: `feed:${tokenHash.slice(0, 32)}`, limit: perToken, windowSeconds: 60, message },
    { policy: "calendar-client", key: `client:${client}`, limit: perToken * 10, windowSeconds: 60, message },
  ];
}
