import { describe, expect, it } from "vitest";
import { afterQuietHours } from "./quiet-hours";

const night = { start: 22 * 60, end: 7 * 60, timeZone: "Europe/Berlin" };

describe("afterQuietHours", () => {
  it("lets a message through outside quiet hours or without any", () => {
    const noon = new Date("2026-06-10T10:00:00Z"); // 12:00 in Berlin (CEST)
    expect(afterQuietHours(noon, night)).toEqual(noon);
    expect(afterQuietHours(noon, null)).toEqual(noon);
    expect(afterQuietHours(noon, { ...night, start: 600, end: 600 })).toEqual(noon);
  });

  it("holds a message until the window ends, across midnight and in the right zone", () => {
    // 23:30 Berlin -> 07:00 the next morning Berlin (05:00Z in summer).
    expect(afterQuietHours(new Date("2026-06-10T21:30:00Z"), night)).toEqual(new Date("2026-06-11T05:00:00Z"));
    // 03:00 Berlin -> 07:00 the same morning.
    expect(afterQuietHours(new Date("2026-06-11T01:00:00Z"), night)).toEqual(new Date("2026-06-11T05:00:00Z"));
    // A window that does not wrap: 13:00-14:00 New York, at 13:15 EST.
    expect(afterQuietHours(new Date("2026-01-15T18:15:00Z"), { start: 780, end: 840, timeZone: "America/New_York" })).toEqual(
      new Date("2026-01-15T19:00:00Z"),
    );
  });

  it("uses the wall clock on a DST change night", () => {
    // Berlin springs forward on 2026-03-29: 07:00 local is 05:00Z that morning.
    expect(afterQuietHours(new Date("2026-03-28T22:00:00Z"), night)).toEqual(new Date("2026-03-29T05:00:00Z"));
  });
});
