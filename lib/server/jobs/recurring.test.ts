import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentSlotStart, nextSlotStart, validateRecurringDefinitions, type RecurringSchedule } from "./recurring";

const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));
const schedule: fc.Arbitrary<RecurringSchedule> = fc.oneof(
  fc.integer({ min: 1_000, max: 7 * 86_400_000 }).map((everyMs) => ({ everyMs })),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => ({ dailyAtUtc: `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}` })),
);

describe("recurring slots", () => {
  it("puts every instant in exactly one slot: start <= now < next start, and every instant of a slot agrees", () => {
    fc.assert(
      fc.property(schedule, instant, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (s, now, f) => {
        const start = currentSlotStart(s, now);
        const next = nextSlotStart(s, now);
        expect(start.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(now.getTime()).toBeLessThan(next.getTime());
        const other = new Date(start.getTime() + Math.floor(f * (next.getTime() - start.getTime())));
        expect(currentSlotStart(s, other).getTime()).toBe(start.getTime());
        expect(currentSlotStart(s, next).getTime()).toBe(next.getTime());
      }),
    );
  });

  it("starts daily slots at the given UTC time: before 03:00 it is still yesterday's slot", () => {
    const s = { dailyAtUtc: "03:00" };
    expect(currentSlotStart(s, new Date("2026-11-24T02:59:59.999Z")).toISOString()).toBe("2026-11-23T03:00:00.000Z");
    expect(currentSlotStart(s, new Date("2026-11-24T03:00:00.000Z")).toISOString()).toBe("2026-11-24T03:00:00.000Z");
    expect(nextSlotStart(s, new Date("2026-11-24T03:00:00.000Z")).toISOString()).toBe("2026-11-25T03:00:00.000Z");
  });

  it("refuses malformed definitions at boot", () => {
    expect(() => validateRecurringDefinitions([{ name: "a", kind: "k", schedule: { dailyAtUtc: "24:00" } }])).toThrow(/HH:MM/);
    expect(() => validateRecurringDefinitions([{ name: "a", kind: "k", schedule: { everyMs: 10 } }])).toThrow(/everyMs/);
    const ok = { name: "a", kind: "k", schedule: { everyMs: 60_000 } };
    expect(() => validateRecurringDefinitions([ok, ok])).toThrow(/Two recurring jobs/);
  });
});
