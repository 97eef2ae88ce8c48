/** Helpers for the job queue's own tests (not imported by the app). */
import type { logger } from "@/lib/server/logger";

export const quietLogger: typeof logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * Resolves once `check` returns a truthy value, polling every few milliseconds; fails
 * with `what` after the timeout. For waiting on other processes and timers, which
 * offer no event to await.
 */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
