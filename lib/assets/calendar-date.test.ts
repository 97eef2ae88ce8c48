import { describe, expect, it } from "vitest";
import { addDays, fromCalendarDate, toCalendarDate, todayIn } from "./calendar-date";

describe("calendar dates", () => {
  it("round-trips YYYY-MM-DD through UTC-midnight Dates", () => {
    expect(fromCalendarDate("2026-05-31").toISOString()).toBe("2026-05-31T00:00:00.000Z");
    expect(toCalendarDate(fromCalendarDate("2024-02-29"))).toBe("2024-02-29");
    expect(toCalendarDate(null)).toBeNull();
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-01-01", 90)).toBe("2026-04-01");
  });

  it("tells today's date in the household's time zone", () => {
    const instant = new Date("2026-03-10T23:30:00.000Z");
    expect(todayIn("UTC", instant)).toBe("2026-03-10");
    expect(todayIn("Pacific/Kiritimati", instant)).toBe("2026-03-11");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-03-10");
    expect(todayIn("Not/AZone", instant)).toBe("2026-03-10");
  });
});
