import { describe, expect, it } from "vitest";
import { historyTiming } from "./history-timing";

describe("historyTiming", () => {
  it.each([
    [{ status: "DONE", daysLate: 0 }, "On time"],
    [{ status: "DONE", daysLate: 3 }, "3 days late"],
    [{ status: "DONE", daysLate: 1 }, "1 day late"],
    [{ status: "DONE", daysLate: -2 }, "2 days early"],
    [{ status: "DONE", daysLate: -1 }, "1 day early"],
    [{ status: "DONE", daysLate: null }, "Done"],
    [{ status: "SKIPPED", daysLate: null }, "Skipped"],
    [{ status: "CANCELLED", daysLate: null }, "Cancelled"],
  ] as const)("%o reads %s", (entry, label) => {
    expect(historyTiming(entry).label).toBe(label);
  });
});
