/**
 * GET /calendar/<token>.ics: the public door of a feed. No cookie, no session: the token
 * in the path is the credential, so it is treated like a password.
 *
 * - An unknown or revoked token costs what a real one does up to the answer (hash, the
 *   rate-limit count, one indexed lookup) and gets the same plain-text 404.
 * - Rate limited per token (by its hash) and per client address; 429 with Retry-After.
 * - The token never reaches a log line or an error message: this module logs only the
 *   feed id, and the route is not behind lib/server/api/route.ts, whose error log names
 *   the request path.
 * - If-None-Match is answered from one aggregate query (feed-version.ts) before the
 *   calendar is built; lastFetchedAt is written at most every few minutes.
 */
import "server-only";
import { serverEnv } from "@/lib/server/env";
import { db } from "@/lib/server/db/client";
import { clientAddress } from "@/lib/server/http/client-address";
import { logger } from "@/lib/server/logger";
import { checkRateLimits, rateLimitHeaders, type RateLimitRule } from "@/lib/server/rate-limit";
import { buildFeedCalendar } from "./build-feed-calendar";
import { writeCalendar } from "./ical/write-calendar";
import { FEED_TOKEN_PATTERN, hashFeedToken } from "./feed-token";
import { feedVersion } from "./feed-version";
import { feedRateLimits } from "./feed-rate-limits";

/** Calendar apps poll every few minutes to hours; a CDN or proxy must not share the answer. */
export const FEED_CACHE_CONTROL = "private, max-age=300";
/** lastFetchedAt is "about when", refreshed at most this often, so a poll does not write. */
export const LAST_FETCHED_RESOLUTION_MS = 5 * 60_000;
/** Longer path segments are cut before hashing: the work stays bounded, and such a token cannot exist anyway. */
const MAX_SEGMENT = 128;

const feedSelect = {
  id: true,
  householdId: true,
  userId: true,
  name: true,
  scope: true,
  assetId: true,
  alarmMinutesBefore: true,
  windowMonths: true,
  lastFetchedAt: true,
  updatedAt: true,
} as const;

function plain(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff", ...headers },
  });
}

const notFound = (headers: Record<string, string> = {}) => plain(404, "Not found", headers);

/** RFC 9110 13.1.2: If-None-Match compares weakly; "*" matches any current representation. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === etag);
}

export async function serveFeed(request: Request, file: string, options: { now?: Date } = {}): Promise<Response> {
  const segment = file.slice(0, MAX_SEGMENT);
  const token = segment.endsWith(".ics") ? segment.slice(0, -4) : segment;
  const tokenHash = hashFeedToken(token);
  const client = clientAddress(request.headers, serverEnv().TRUST_PROXY);
  const rules: RateLimitRule[] = feedRateLimits(tokenHash, client);

  let feedId: string | undefined;
  try {
    const [verdict, feed] = await Promise.all([
      checkRateLimits(rules),
      db().calendarFeed.findUnique({ where: { tokenHash }, select: feedSelect }),
    ]);
    const limitHeaders = rateLimitHeaders(verdict.states);
    if (verdict.refused) {
      return plain(429, verdict.refused.message, { ...limitHeaders, "retry-after": String(verdict.refused.retryAfterSeconds) });
    }
    // The format is checked after the lookup, so a malformed token costs what a real one does.
    if (!feed || !segment.endsWith(".ics") || !FEED_TOKEN_PATTERN.test(token)) return notFound(limitHeaders);
    feedId = feed.id;

    const now = options.now ?? new Date();
    const version = await feedVersion(feed, now);
    if (!version) return notFound(limitHeaders);
    if (!feed.lastFetchedAt || now.getTime() - feed.lastFetchedAt.getTime() >= LAST_FETCHED_RESOLUTION_MS) {
      // Raw SQL: a Prisma update would also move updatedAt, which is part of the ETag.
      await db().$executeRaw`UPDATE "CalendarFeed" SET "lastFetchedAt" = ${now} WHERE id = ${feed.id}::uuid`;
    }
    const headers = {
      ...limitHeaders,
      etag: version.etag,
      "last-modified": version.lastModified.toUTCString(),
      "cache-control": FEED_CACHE_CONTROL,
      "x-content-type-options": "nosniff",
    };
    if (matches(request.headers.get("if-none-match"), version.etag)) return new Response(null, { status: 304, headers });

    const body = writeCalendar(await buildFeedCalendar(feed, { now }));
    return new Response(request.method === "HEAD" ? null : body, {
      status: 200,
      headers: { ...headers, "content-type": "text/calendar; charset=utf-8", "content-disposition": 'inline; filename="calendar.ics"' },
    });
  } catch (error) {
    // Never the path or the token: which feed, when known, and the error (whose queries name only the hash).
    logger.error("calendar feed failed", { feedId: feedId ?? null, cause: error });
    return plain(500, "The calendar could not be made. Try again later.");
  }
}
