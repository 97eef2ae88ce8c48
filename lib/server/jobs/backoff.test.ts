import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffCeilingMs, backoffDelayMs } from "./backoff";

const options = fc.record({ baseMs: fc.integer({ min: 1, max: 60_000 }), capMs: fc.integer({ min: 1, max: 86_400_000 }) });
const attempt = fc.integer({ min: 0, max: 2_000 });
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe("backoff with full jitter", () => {
  it("stays within [0, min(cap, base * 2^attempt)) and is a whole number of ms", () => {
    fc.assert(
      fc.property(options, attempt, unit, (opts, n, r) => {
        const delay = backoffDelayMs(n, opts, () => r);
        const ceiling = Math.min(opts.capMs, opts.baseMs * 2 ** n);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.max(ceiling, 1));
        expect(delay).toBeLessThanOrEqual(opts.capMs);
      }),
    );
  });

  it("spans the whole range: the jitter is full, not a band near the ceiling", () => {
    fc.assert(
      fc.property(options, attempt, (opts, n) => {
        const ceiling = backoffCeilingMs(n, opts);
        expect(backoffDelayMs(n, opts, () => 0)).toBe(0);
        expect(backoffDelayMs(n, opts, () => 0.999_999_999)).toBe(Math.ceil(ceiling) - 1);
      }),
    );
  });

  it("doubles its ceiling per attempt until the cap, then stays there", () => {
    fc.assert(
      fc.property(options, attempt, (opts, n) => {
        const here = backoffCeilingMs(n, opts);
        const next = backoffCeilingMs(n + 1, opts);
        expect(next).toBe(Math.min(opts.capMs, here * 2));
      }),
    );
  });
});
