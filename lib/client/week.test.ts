import { describe, expect, it } from "vitest";
import { leadingBlanks, weekdayOrder } from "./week";

describe("week order", () => {
  it("starts on the household's first day", () => {
    expect(weekdayOrder("MONDAY")).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdayOrder("SUNDAY")).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder("SATURDAY")).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(weekdayOrder()).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it("leaves as many blanks before the 1st as days between the week start and it", () => {
    // 2026-11-01 is a Sunday.
    expect(leadingBlanks(0, "MONDAY")).toBe(6);
    expect(leadingBlanks(0, "SUNDAY")).toBe(0);
    expect(leadingBlanks(0, "SATURDAY")).toBe(1);
    // 2026-12-01 is a Tuesday.
    expect(leadingBlanks(2, "MONDAY")).toBe(1);
    expect(leadingBlanks(2, "SUNDAY")).toBe(2);
    expect(leadingBlanks(2, "FRIDAY")).toBe(4);
  });
});
