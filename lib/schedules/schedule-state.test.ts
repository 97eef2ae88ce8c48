import { describe, expect, it } from "vitest";
import { toCumulative, usageAt } from "./schedule-state";

const at = (hour: number) => new Date(Date.UTC(2026, 0, 1, hour));

describe("toCumulative", () => {
  it("continues the count across resets instead of dropping", () => {
    const series = toCumulative([
      { at: at(1), value: 100, isReset: false },
      { at: at(2), value: 150, isReset: false },
      { at: at(3), value: 0, isReset: true },
      { at: at(4), value: 20.5, isReset: false },
      { at: at(5), value: 5, isReset: true },
      { at: at(6), value: 6, isReset: false },
    ]);
    expect(series.map((r) => r.value)).toEqual([100, 150, 150, 170.5, 170.5, 171.5]);
    expect(series.map((r) => r.at)).toEqual([1, 2, 3, 4, 5, 6].map(at));
  });

  it("takes a first reading marked as a reset at face value", () => {
    expect(toCumulative([{ at: at(1), value: 7, isReset: true }]).map((r) => r.value)).toEqual([7]);
  });
});

describe("usageAt", () => {
  const readings = [
    { at: at(1), value: 10 },
    { at: at(5), value: 40 },
  ];
  it("is the last reading at or before the completion instant, even on the same day", () => {
    expect(usageAt(readings, at(4))).toBe(10);
    expect(usageAt(readings, at(5))).toBe(40);
    expect(usageAt(readings, at(0))).toBeNull();
    expect(usageAt(readings, null)).toBeNull();
  });
});
