import { describe, expect, it } from "vitest";
import { formatLeadDays, parseLeadDays } from "./lead-days";

describe("lead days input", () => {
  it("reads a comma-separated list, ignoring blanks and spaces", () => {
    expect(parseLeadDays(" 30, 14,,7 ,1 ")).toEqual({ ok: true, days: [30, 14, 7, 1] });
    expect(formatLeadDays([60, 3])).toBe("60, 3");
  });

  it("says which entry is not a whole number", () => {
    expect(parseLeadDays("30, two")).toEqual({ ok: false, error: '"two" is not a whole number of days' });
    expect(parseLeadDays("1.5")).toEqual({ ok: false, error: '"1.5" is not a whole number of days' });
  });

  it("applies the server's limits before any request", () => {
    expect(parseLeadDays("400")).toEqual({ ok: false, error: "Each day must be between 0 and 365" });
    expect(parseLeadDays(Array.from({ length: 11 }, (_, i) => i + 1).join(","))).toEqual({ ok: false, error: "Give at most 10 days" });
  });
});
