import { describe, expect, it } from "vitest";
import { defaultSeasonStarts, seasonStartOf } from "./seasonal-rule";
import { nextDue, preview, schedule } from "./test-helpers";
import type { TSeasonalRule } from "./types";

const seasonal = (
  season: TSeasonalRule["season"],
  hemisphere: TSeasonalRule["hemisphere"],
  extra: Partial<TSeasonalRule> = {},
): TSeasonalRule => ({
  kind: "SEASONAL",
  season,
  hemisphere,
  ...extra,
});

describe("seasonal rule", () => {
  it("uses meteorological season starts in the north", () => {
    expect(defaultSeasonStarts("NORTH")).toEqual({ SPRING: "03-01", SUMMER: "06-01", FALL: "09-01", WINTER: "12-01" });
    expect(nextDue(schedule(seasonal("SPRING", "NORTH")), { today: "2024-01-10" })).toBe("2024-03-01");
    expect(nextDue(schedule(seasonal("FALL", "NORTH")), { today: "2024-01-10" })).toBe("2024-09-01");
  });

  it("shifts the south by six months", () => {
    expect(seasonStartOf(seasonal("SPRING", "SOUTH"))).toBe("09-01");
    expect(nextDue(schedule(seasonal("SPRING", "SOUTH")), { today: "2024-01-10" })).toBe("2024-09-01");
    expect(nextDue(schedule(seasonal("SUMMER", "SOUTH")), { today: "2024-01-10" })).toBe("2024-12-01");
    expect(nextDue(schedule(seasonal("WINTER", "SOUTH")), { today: "2024-01-10" })).toBe("2024-06-01");
    expect(nextDue(schedule(seasonal("FALL", "SOUTH")), { today: "2024-03-02" })).toBe("2025-03-01");
  });

  it("repeats yearly and is due on the start day itself", () => {
    const s = schedule(seasonal("WINTER", "NORTH"));
    expect(nextDue(s, { today: "2024-12-01" })).toBe("2024-12-01");
    expect(preview(s, "2024-12-02", 3)).toEqual(["2025-12-01", "2026-12-01", "2027-12-01"]);
  });

  it("applies an offset into the season, also across the year end", () => {
    expect(nextDue(schedule(seasonal("SPRING", "NORTH", { offsetDays: 14 })), { today: "2024-01-01" })).toBe("2024-03-15");
    // Winter Dec 1 + 45 days = Jan 15 of the next year; last winter's occurrence is still ahead on Jan 5.
    const lateWinter = schedule(seasonal("WINTER", "NORTH", { offsetDays: 45 }));
    expect(nextDue(lateWinter, { today: "2025-01-05" })).toBe("2025-01-15");
    expect(nextDue(lateWinter, { today: "2025-01-16" })).toBe("2026-01-15");
  });

  it("takes configured season starts literally, in either hemisphere", () => {
    const mountain = seasonal("SPRING", "NORTH", { seasonStarts: { SPRING: "04-15" } });
    expect(nextDue(schedule(mountain), { today: "2024-03-01" })).toBe("2024-04-15");
    const south = seasonal("SPRING", "SOUTH", { seasonStarts: { SPRING: "09-22" } });
    expect(nextDue(schedule(south), { today: "2024-03-01" })).toBe("2024-09-22");
    // Only the overridden season changes.
    expect(seasonStartOf(seasonal("FALL", "SOUTH", { seasonStarts: { SPRING: "09-22" } }))).toBe("03-01");
  });

  it("a completion on the day skips to next year", () => {
    const s = schedule(seasonal("SUMMER", "NORTH"));
    expect(nextDue(s, { today: "2024-06-01", lastDueOn: "2024-06-01", lastCompletedOn: "2024-06-01" })).toBe("2025-06-01");
  });
});
