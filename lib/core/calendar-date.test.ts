import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  calendarDateInZone,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  diffDays,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  isMonthDay,
  localDateTimeToInstant,
  MS_PER_DAY,
  parseCalendarDate,
  toDayNumber,
  weekdayOf,
  fromCalendarDate,
  toCalendarDate,
  todayIn,
} from "./calendar-date";

describe("calendar dates", () => {
  it("validates strictly, including leap days", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2024-04-31")).toBe(false);
    expect(isCalendarDate("2024-4-3")).toBe(false);
    expect(isCalendarDate("2024-13-01")).toBe(false);
    expect(isCalendarDate(20240101)).toBe(false);
    expect(() => parseCalendarDate("2023-02-29")).toThrow(/Invalid calendar date "2023-02-29"/);
    expect(isMonthDay("02-29")).toBe(true);
    expect(isMonthDay("04-31")).toBe(false);
  });

  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it("day numbers agree with Date.UTC and round-trip", () => {
    for (let n = -800_000; n <= 2_900_000; n += 997) {
      const { year, month, day } = civilFromDays(n);
      expect(daysFromCivil(year, month, day)).toBe(n);
      if (year >= 100) expect(Date.UTC(year, month - 1, day) / MS_PER_DAY).toBe(n);
    }
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(fromDayNumber(toDayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(fromDayNumber(toDayNumber("0001-01-01"))).toBe("0001-01-01");
  });

  it("adds days and months with month-end clamping", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-03-31", 1)).toBe("2024-04-30");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-11-15", 3)).toBe("2025-02-15");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(diffDays("2024-02-01", "2024-03-01")).toBe(29);
  });

  it("computes weekdays (0 = Sunday)", () => {
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayOf("2024-03-31")).toBe(0);
    expect(weekdayOf("2024-06-01")).toBe(6);
    expect(weekdayOf("1969-12-31")).toBe(3);
  });
});

describe("time zones", () => {
  it("maps an instant to the household's local date", () => {
    const instant = new Date("2024-06-30T22:30:00Z");
    expect(calendarDateInZone(instant, "UTC")).toBe("2024-06-30");
    expect(calendarDateInZone(instant, "Europe/Berlin")).toBe("2024-07-01");
    expect(calendarDateInZone(instant, "America/New_York")).toBe("2024-06-30");
    expect(calendarDateInZone(new Date("2024-07-01T03:59:00Z"), "America/New_York")).toBe("2024-06-30");
    expect(calendarDateInZone(new Date("2024-07-01T04:00:00Z"), "America/New_York")).toBe("2024-07-01");
    expect(calendarDateInZone(new Date("2024-06-30T12:00:00Z"), "Pacific/Kiritimati")).toBe("2024-07-01");
  });

  it("agrees with TZDate for instant → local date around DST switches", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
    const start = Date.parse("2024-03-09T00:00:00Z");
    for (const zone of zones) {
      for (let ms = start; ms < start + 40 * MS_PER_DAY; ms += 37 * 60_000 * 7) {
        const tz = new TZDate(ms, zone);
        const expected = `${tz.getFullYear()}-${String(tz.getMonth() + 1).padStart(2, "0")}-${String(tz.getDate()).padStart(2, "0")}`;
        expect(calendarDateInZone(ms, zone)).toBe(expected);
      }
    }
  });

  it("turns a local date and time into the right instant", () => {
    expect(localDateTimeToInstant("2024-01-15", "Europe/Berlin", "09:00").toISOString()).toBe("2024-01-15T08:00:00.000Z");
    expect(localDateTimeToInstant("2024-07-15", "Europe/Berlin", "09:00").toISOString()).toBe("2024-07-15T07:00:00.000Z");
    expect(localDateTimeToInstant("2024-07-15", "America/New_York").toISOString()).toBe("2024-07-15T04:00:00.000Z");
  });

  it("resolves the spring-forward gap forward (Berlin 02:30 → 03:30, New York 02:30 → 03:30)", () => {
    const berlin = localDateTimeToInstant("2024-03-31", "Europe/Berlin", "02:30");
    expect(berlin.toISOString()).toBe("2024-03-31T01:30:00.000Z");
    expect(new TZDate(berlin.getTime(), "Europe/Berlin").getHours()).toBe(3);
    const newYork = localDateTimeToInstant("2024-03-10", "America/New_York", "02:30");
    expect(newYork.toISOString()).toBe("2024-03-10T07:30:00.000Z");
    expect(new TZDate(newYork.getTime(), "America/New_York").getHours()).toBe(3);
  });

  it("resolves the fall-back overlap to the earlier instant", () => {
    expect(localDateTimeToInstant("2024-10-27", "Europe/Berlin", "02:30").toISOString()).toBe("2024-10-27T00:30:00.000Z");
    expect(localDateTimeToInstant("2024-11-03", "America/New_York", "01:30").toISOString()).toBe("2024-11-03T05:30:00.000Z");
  });

  it("keeps 09:00 local across the switches, so days are 23 h or 25 h long", () => {
    for (const [zone, spring, fall] of [
      ["Europe/Berlin", "2024-03-30", "2024-10-26"],
      ["America/New_York", "2024-03-09", "2024-11-02"],
    ] as const) {
      const before = localDateTimeToInstant(spring, zone, "09:00").getTime();
      const after = localDateTimeToInstant(addDays(spring, 1), zone, "09:00").getTime();
      expect((after - before) / 3_600_000).toBe(23);
      const beforeFall = localDateTimeToInstant(fall, zone, "09:00").getTime();
      const afterFall = localDateTimeToInstant(addDays(fall, 1), zone, "09:00").getTime();
      expect((afterFall - beforeFall) / 3_600_000).toBe(25);
      for (const ms of [before, after, beforeFall, afterFall]) {
        const local = new TZDate(ms, zone);
        expect([local.getHours(), local.getMinutes()]).toEqual([9, 0]);
      }
    }
  });

  it("rejects unknown zones and bad times", () => {
    expect(() => calendarDateInZone(0, "Mars/Olympus_Mons")).toThrow(/Unknown time zone/);
    expect(() => localDateTimeToInstant("2024-01-01", "UTC", "24:00")).toThrow(/Invalid local time/);
  });
});

describe("Prisma date columns and today", () => {
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
