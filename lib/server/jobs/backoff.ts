/**
 * Retry delays: capped exponential backoff with full jitter (delay drawn uniformly from
 * [0, min(cap, base * 2^attempt))). Jitter spreads the retries of jobs that failed
 * together (an SMTP outage) instead of sending them back in one wave.
 */
import "server-only";
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, capMs: 60 * 60 * 1_000 };

/** The ceiling of the delay after the `attempt`-th failed attempt (1 = the first). */
export function backoffCeilingMs(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  // 2^attempt overflows nothing below 1024 but the cap is reached long before; clamp the exponent anyway.
  return Math.min(options.capMs, options.baseMs * 2 ** Math.min(Math.max(attempt, 0), 52));
}

export function backoffDelayMs(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  return Math.floor(random() * backoffCeilingMs(attempt, options));
}
