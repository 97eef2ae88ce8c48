import { describe, expect, it } from "vitest";
import { daysBetween, formatBytes, formatCalendarDate, minorToInput, parseMoneyToMinor, todayIn, warrantyStatus } from "./format";

describe("parseMoneyToMinor", () => {
  it("reads amounts in the currency's minor units", () => {
    expect(parseMoneyToMinor("1234.5", "USD")).toBe(123450);
    expect(parseMoneyToMinor("1,234.56", "USD")).toBe(123456);
    expect(parseMoneyToMinor("12,5", "EUR")).toBe(1250);
    expect(parseMoneyToMinor("1500", "JPY")).toBe(1500);
    expect(parseMoneyToMinor("0.10", "USD")).toBe(10);
  });

  it("tells empty (null) from invalid (undefined)", () => {
    expect(parseMoneyToMinor("  ", "USD")).toBeNull();
    expect(parseMoneyToMinor("abc", "USD")).toBeUndefined();
    expect(parseMoneyToMinor("1.234", "USD")).toBeUndefined();
    expect(parseMoneyToMinor("-5", "USD")).toBeUndefined();
    expect(parseMoneyToMinor("1.5", "JPY")).toBeUndefined();
  });

  it("round-trips through minorToInput", () => {
    expect(minorToInput(123450, "USD")).toBe("1234.50");
    expect(parseMoneyToMinor(minorToInput(99, "USD"), "USD")).toBe(99);
    expect(minorToInput(null, "USD")).toBe("");
  });
});

describe("calendar dates", () => {
  it("counts days across month ends and DST changes", () => {
    expect(daysBetween("2026-03-28", "2026-04-02")).toBe(5);
    expect(daysBetween("2026-11-01", "2026-10-25")).toBe(-7);
  });

  it("formats without shifting the day", () => {
    expect(formatCalendarDate("2026-01-01", "en-US")).toBe("Jan 1, 2026");
    expect(formatCalendarDate(null)).toBe("—");
  });

  it("reads today in a given time zone", () => {
    const instant = new Date("2026-06-30T23:30:00Z");
    expect(todayIn("UTC", instant)).toBe("2026-06-30");
    expect(todayIn("Asia/Tokyo", instant)).toBe("2026-07-01");
  });
});

describe("warrantyStatus", () => {
  const today = "2026-06-01";
  it("grades by days left", () => {
    expect(warrantyStatus("2026-05-31", false, today)).toEqual({ tone: "danger", label: "Warranty expired" });
    expect(warrantyStatus("2026-06-01", false, today)?.label).toBe("Warranty expires today");
    expect(warrantyStatus("2026-06-02", false, today)).toEqual({ tone: "warning", label: "Warranty expires in 1 day" });
    expect(warrantyStatus("2026-07-01", false, today)?.tone).toBe("warning");
    expect(warrantyStatus("2026-08-01", false, today)?.tone).toBe("info");
    expect(warrantyStatus("2027-06-01", false, today)).toEqual({ tone: "success", label: "Under warranty" });
  });

  it("puts lifetime first and shows nothing without a warranty", () => {
    expect(warrantyStatus("2020-01-01", true, today)?.label).toBe("Lifetime warranty");
    expect(warrantyStatus(null, false, today)).toBeNull();
  });
});

describe("formatBytes", () => {
  it("picks a readable unit", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(25 * 1024 * 1024)).toBe("25 MB");
  });
});
