import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { householdCalendar } from "./__golden__/household";
import type { FeedCalendar, FeedEvent } from "./types";
import { writeCalendar } from "./write-calendar";

const goldenPath = fileURLToPath(new URL("./__golden__/household.ics", import.meta.url));

const baseEvent: FeedEvent = {
  uid: "u1@test",
  start: { kind: "date", date: "2026-05-14" },
  summary: "Task",
  categories: [],
  sequence: 0,
  lastModified: new Date("2026-01-02T03:04:05Z"),
};
const calendarOf = (...events: FeedEvent[]): FeedCalendar => ({ productId: "-//Test//EN", name: "Test", refreshMinutes: 60, events });
const linesOf = (text: string) => text.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
const eventLines = (text: string) => {
  const lines = linesOf(text);
  return lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.lastIndexOf("END:VEVENT") + 1);
};

describe("writeCalendar", () => {
  it("matches the golden file byte for byte (UPDATE_GOLDEN=1 rewrites it)", () => {
    const text = writeCalendar(householdCalendar);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, text);
    expect(text).toBe(readFileSync(goldenPath, "utf8"));
  });

  it("ends every line with CRLF, keeps every line within 75 octets, has no bare CR or LF", () => {
    const text = writeCalendar(householdCalendar);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = text.split("\r\n");
    expect(lines.pop()).toBe("");
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
    expect(lines.some((l) => l.startsWith(" "))).toBe(true); // the fixture does fold
  });

  it("writes the calendar header without a METHOD line", () => {
    const lines = linesOf(writeCalendar(calendarOf(baseEvent)));
    expect(lines.slice(0, 7)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Test//EN",
      "CALSCALE:GREGORIAN",
      "X-WR-CALNAME:Test",
      "REFRESH-INTERVAL;VALUE=DURATION:PT60M",
      "X-PUBLISHED-TTL:PT60M",
    ]);
    expect(lines.some((l) => l.startsWith("METHOD"))).toBe(false);
  });

  it("writes an all-day event with an exclusive DTEND and the properties in order", () => {
    const text = writeCalendar(
      calendarOf({
        ...baseEvent,
        start: { kind: "date", date: "2028-02-28" },
        summary: "Gutters, roof; and \\ more",
        description: "Line one\nLine two",
        url: "https://x.test/tasks/1?a=1,2;b",
        categories: ["Outdoor, roof", "", "Seasonal"],
        sequence: 4,
        alarmMinutesBefore: 30,
      }),
    );
    expect(eventLines(text)).toEqual([
      "BEGIN:VEVENT",
      "UID:u1@test",
      "DTSTAMP:20260102T030405Z",
      "LAST-MODIFIED:20260102T030405Z",
      "DTSTART;VALUE=DATE:20280228",
      "DTEND;VALUE=DATE:20280229",
      "SUMMARY:Gutters\\, roof\\; and \\\\ more",
      "DESCRIPTION:Line one\\nLine two",
      "URL:https://x.test/tasks/1?a=1,2;b",
      "CATEGORIES:Outdoor\\, roof,Seasonal",
      "SEQUENCE:4",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-PT30M",
      "DESCRIPTION:Gutters\\, roof\\; and \\\\ more",
      "END:VALARM",
      "END:VEVENT",
    ]);
  });

  it.each([
    ["2026-01-31", "20260201"],
    ["2026-12-31", "20270101"],
    ["2028-02-29", "20280301"],
  ])("all-day %s ends (exclusive) on %s", (date, end) => {
    expect(eventLines(writeCalendar(calendarOf({ ...baseEvent, start: { kind: "date", date } })))).toContain(`DTEND;VALUE=DATE:${end}`);
  });

  it("writes a timed event with TZID, its end across midnight and the year, and a VTIMEZONE for it", () => {
    const text = writeCalendar(
      calendarOf({
        ...baseEvent,
        start: { kind: "dateTime", date: "2026-12-31", time: "23:30", timeZone: "Asia/Kolkata", durationMinutes: 45 },
      }),
    );
    const lines = linesOf(text);
    expect(lines).toContain("DTSTART;TZID=Asia/Kolkata:20261231T233000");
    expect(lines).toContain("DTEND;TZID=Asia/Kolkata:20270101T001500");
    expect(lines.filter((l) => l === "BEGIN:VTIMEZONE")).toHaveLength(1);
    expect(lines).toContain("TZID:Asia/Kolkata");
    expect(lines.indexOf("END:VTIMEZONE")).toBeLessThan(lines.indexOf("BEGIN:VEVENT"));
  });

  it("writes one VTIMEZONE per zone of timed events, sorted, and none for all-day events", () => {
    const timed = (uid: string, timeZone: string, date: string): FeedEvent => ({
      ...baseEvent,
      uid,
      start: { kind: "dateTime", date, time: "10:00", timeZone, durationMinutes: 60 },
    });
    const onlyAllDay = linesOf(writeCalendar(calendarOf(baseEvent)));
    expect(onlyAllDay.some((l) => l.startsWith("BEGIN:VTIMEZONE"))).toBe(false);
    const lines = linesOf(
      writeCalendar(
        calendarOf(
          timed("a", "Pacific/Auckland", "2026-01-01"),
          baseEvent,
          timed("b", "Europe/Berlin", "2027-06-01"),
          timed("c", "Pacific/Auckland", "2028-01-01"),
        ),
      ),
    );
    expect(lines.filter((l) => l.startsWith("TZID:"))).toEqual(["TZID:Europe/Berlin", "TZID:Pacific/Auckland"]);
  });

  it("writes a wall time that names no single instant (repeated hour, spring gap) in UTC", () => {
    const at = (date: string, time: string, durationMinutes: number) =>
      eventLines(
        writeCalendar(calendarOf({ ...baseEvent, start: { kind: "dateTime", date, time, timeZone: "Europe/Berlin", durationMinutes } })),
      );
    // 01:30 CEST + 60 min = the first 02:30, which comes twice.
    expect(at("2026-10-25", "01:30", 60)).toEqual(
      expect.arrayContaining(["DTSTART;TZID=Europe/Berlin:20261025T013000", "DTEND:20261025T003000Z"]),
    );
    // 02:30 on the spring night does not exist: read as 03:30 CEST (offset before the gap).
    expect(at("2026-03-29", "02:30", 30)).toEqual(
      expect.arrayContaining(["DTSTART:20260329T013000Z", "DTEND;TZID=Europe/Berlin:20260329T040000"]),
    );
  });

  it("writes TRIGGER:PT0M for an alarm at the start and no VALARM without a lead time", () => {
    expect(eventLines(writeCalendar(calendarOf({ ...baseEvent, alarmMinutesBefore: 0 })))).toContain("TRIGGER:PT0M");
    expect(eventLines(writeCalendar(calendarOf({ ...baseEvent, alarmMinutesBefore: null }))).join()).not.toContain("VALARM");
  });

  it("refuses values it cannot write exactly", () => {
    expect(() => writeCalendar(calendarOf({ ...baseEvent, start: { kind: "date", date: "2026-02-30" } }))).toThrow(RangeError);
    expect(() => writeCalendar(calendarOf({ ...baseEvent, sequence: -1 }))).toThrow(RangeError);
    expect(() =>
      writeCalendar(
        calendarOf({
          ...baseEvent,
          start: { kind: "dateTime", date: "2026-01-01", time: "10:00", timeZone: "Nowhere/City", durationMinutes: 5 },
        }),
      ),
    ).toThrow(RangeError);
  });

  it("gives the same bytes for the same calendar (no clock, no randomness)", () => {
    expect(writeCalendar(householdCalendar)).toBe(writeCalendar(structuredClone(householdCalendar)));
  });
});
