/**
 * Fixed-window rate limits kept in PostgreSQL (RateLimitBucket), so every web process
 * shares the counts. Routes declare their limits as rules (the `rateLimit` option of
 * lib/server/api/route.ts); nothing else calls these functions.
 *
 * A rule counts either every request (one upsert per hit) or only failed attempts
 * (sign-in and password checks: read before, incremented after a wrong password).
 */
import "server-only";
import { db } from "./db/client";

export interface RateLimitRule {
  /** Names the limit in the bucket key and in the RateLimit-Policy header. */
  policy: string;
  /** Whom it counts within the policy: a client address, an account, a token... */
  key: string;
  /** Allowed per window; 0 turns the rule off. */
  limit: number;
  windowSeconds: number;
  /** "request" (default): every request counts. "failure": only failed attempts do. */
  counts?: "request" | "failure";
  /** A "failure" rule that is counted but never refuses by itself (another rule reads it). */
  observeOnly?: boolean;
  /** A "failure" rule whose count a success clears. */
  clearOnSuccess?: boolean;
  /** Said in the 429's detail. */
  message?: string;
}

export interface RateLimitState {
  policy: string;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

export interface RateLimitVerdict {
  states: RateLimitState[];
  /** Set when a rule refuses the request. */
  refused?: { retryAfterSeconds: number; message: string };
}

const bucketKey = (rule: RateLimitRule) => `${rule.policy}:${rule.key}`;
const active = (rules: readonly RateLimitRule[]) => rules.filter((r) => r.limit > 0);

function secondsUntil(windowStart: Date, windowSeconds: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now) / 1000));
}

/** Counts one hit in a rule's current window; returns the count including this hit. */
async function hit(rule: RateLimitRule): Promise<{ count: number; resetSeconds: number }> {
  const rows = await db().$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" (key, count, "windowStart") VALUES (${bucketKey(rule)}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE "RateLimitBucket".count + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING count, "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  return { count: row.count, resetSeconds: secondsUntil(row.windowStart, rule.windowSeconds) };
}

/** Reads a rule's count in its current window without counting. */
async function peek(rules: readonly RateLimitRule[]): Promise<Map<RateLimitRule, { count: number; resetSeconds: number }>> {
  const result = new Map<RateLimitRule, { count: number; resetSeconds: number }>();
  if (rules.length === 0) return result;
  const rows = await db().rateLimitBucket.findMany({ where: { key: { in: rules.map(bucketKey) } } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  for (const rule of rules) {
    const row = byKey.get(bucketKey(rule));
    const live = row && row.windowStart.getTime() + rule.windowSeconds * 1000 > Date.now();
    result.set(
      rule,
      live
        ? { count: row.count, resetSeconds: secondsUntil(row.windowStart, rule.windowSeconds) }
        : { count: 0, resetSeconds: rule.windowSeconds },
    );
  }
  return result;
}

/** The number of failures a "failure" rule has counted in its current window. */
export async function countedFailures(rule: RateLimitRule): Promise<number> {
  return (await peek([rule])).get(rule)?.count ?? 0;
}

/**
 * Counts this request against every "request" rule and checks every "failure" rule.
 * Refuses when any rule is over its limit, with the longest wait among those that are.
 */
export async function checkRateLimits(rules: readonly RateLimitRule[]): Promise<RateLimitVerdict> {
  const perRequest = active(rules).filter((r) => r.counts !== "failure");
  const perFailure = active(rules).filter((r) => r.counts === "failure" && !r.observeOnly);
  const [hits, failures] = await Promise.all([Promise.all(perRequest.map(hit)), peek(perFailure)]);

  const states: RateLimitState[] = [];
  let refused: RateLimitVerdict["refused"];
  const consider = (rule: RateLimitRule, used: number, resetSeconds: number, over: boolean) => {
    states.push({
      policy: rule.policy,
      limit: rule.limit,
      windowSeconds: rule.windowSeconds,
      remaining: Math.max(0, rule.limit - used),
      resetSeconds,
    });
    if (over && (!refused || resetSeconds > refused.retryAfterSeconds)) {
      refused = { retryAfterSeconds: resetSeconds, message: rule.message ?? "Too many requests. Try again later." };
    }
  };
  perRequest.forEach((rule, i) => {
    const { count, resetSeconds } = hits[i] ?? { count: 0, resetSeconds: rule.windowSeconds };
    consider(rule, count, resetSeconds, count > rule.limit);
  });
  for (const rule of perFailure) {
    const { count, resetSeconds } = failures.get(rule) ?? { count: 0, resetSeconds: rule.windowSeconds };
    consider(rule, count, resetSeconds, count >= rule.limit);
  }
  return { states, ...(refused ? { refused } : {}) };
}

/** After the answer: a failed attempt counts against the "failure" rules; a success clears those that say so. */
export async function recordAttempt(rules: readonly RateLimitRule[], outcome: "success" | "failure"): Promise<void> {
  const perFailure = active(rules).filter((r) => r.counts === "failure");
  if (outcome === "failure") {
    await Promise.all(perFailure.map(hit));
    return;
  }
  const cleared = perFailure.filter((r) => r.clearOnSuccess).map(bucketKey);
  if (cleared.length > 0) await db().rateLimitBucket.deleteMany({ where: { key: { in: cleared } } });
}

/** Deletes buckets whose window ended long ago (the longest window is a day). */
export async function purgeExpiredRateLimits(now = new Date()): Promise<number> {
  const { count } = await db().rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 86_400_000) } } });
  return count;
}

const sfString = (value: string) => `"${value.replace(/["\\]/g, "")}"`;

/** IETF RateLimit / RateLimit-Policy headers (draft-ietf-httpapi-ratelimit-headers) for the answer. */
export function rateLimitHeaders(states: readonly RateLimitState[]): Record<string, string> {
  if (states.length === 0) return {};
  return {
    "RateLimit-Policy": states.map((s) => `${sfString(s.policy)};q=${s.limit};w=${s.windowSeconds}`).join(", "),
    RateLimit: states.map((s) => `${sfString(s.policy)};r=${s.remaining};t=${s.resetSeconds}`).join(", "),
  };
}
