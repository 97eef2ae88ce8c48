import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  formatUtcOffset,
  instantsForWallTime,
  intlOffsetSecondsAt,
  intlWallTimeAt,
  offsetSecondsAt,
  transitionsBetween,
  vtimezoneLines,
  wallTimeAt,
  wallTimeToInstant,
} from "./timezone";

/** Thousands of Intl calls: generous on two shared cores. */
const HEAVY_TIMEOUT_MS = 60_000;

describe("vtimezoneLines", () => {
  it("Europe/Berlin: last Sunday of March and October", () => {
    expect(vtimezoneLines("Europe/Berlin", 2025, 2027)).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Berlin",
      "BEGIN:DAYLIGHT",
      "DTSTART:20250330T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "DTSTART:20251026T030000",
      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("America/Los_Angeles: second Sunday of March, first Sunday of November", () => {
    expect(vtimezoneLines("America/Los_Angeles", 2025, 2027)).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:America/Los_Angeles",
      "BEGIN:DAYLIGHT",
      "DTSTART:20250309T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
      "TZOFFSETFROM:-0800",
      "TZOFFSETTO:-0700",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "DTSTART:20251102T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
      "TZOFFSETFROM:-0700",
      "TZOFFSETTO:-0800",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("Pacific/Auckland: southern summer time, from the last Sunday of September to the first of April", () => {
    expect(vtimezoneLines("Pacific/Auckland", 2025, 2027)).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Pacific/Auckland",
      "BEGIN:DAYLIGHT",
      "DTSTART:20250928T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU",
      "TZOFFSETFROM:+1200",
      "TZOFFSETTO:+1300",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "DTSTART:20250406T030000",
      "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
      "TZOFFSETFROM:+1300",
      "TZOFFSETTO:+1200",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("Asia/Kolkata: no daylight saving, a single STANDARD", () => {
    expect(vtimezoneLines("Asia/Kolkata", 2025, 2027)).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Asia/Kolkata",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0530",
      "TZOFFSETTO:+0530",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("a zone whose rule changes inside the span gets one observance per transition", () => {
    // The United States moved DST from April/October to March/November in 2007.
    const lines = vtimezoneLines("America/New_York", 2006, 2007);
    expect(lines.some((l) => l.startsWith("RRULE"))).toBe(false);
    expect(lines.filter((l) => l.startsWith("DTSTART:"))).toEqual([
      "DTSTART:19700101T000000",
      "DTSTART:20060402T020000",
      "DTSTART:20061029T020000",
      "DTSTART:20070311T020000",
      "DTSTART:20071104T020000",
    ]);
  });

  it("refuses a zone Intl does not know", () => {
    expect(() => vtimezoneLines("Mars/Olympus_Mons", 2026, 2026)).toThrow(RangeError);
  });

  // An independent check of the VTIMEZONE data: ical.js has no zone database of its own, it reads
  // our VTIMEZONE. Every 3 hours over the span, the wall time Intl shows must take ical.js back to
  // the same instant (wall time → instant is what a parser does with DTSTART;TZID=...). Wall times
  // in the repeated autumn hour name two instants and are skipped; gap times never come from Intl.
  it.each(["Europe/Berlin", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata", "America/New_York"])(
    "%s: ical.js reading our VTIMEZONE maps Intl's wall times to the same instants, 2026 to 2028",
    (zoneName) => {
      const component = ICAL.Component.fromString(`${vtimezoneLines(zoneName, 2025, 2028).join("\r\n")}\r\n`);
      const zone = new ICAL.Timezone(component);
      const mismatches: string[] = [];
      let checked = 0;
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2029, 0, 1); ms += 3 * 3_600_000) {
        const wall = wallTimeAt(zoneName, ms);
        if (instantsForWallTime(zoneName, wall).length !== 1) continue;
        const local = new ICAL.Time({ ...wall, isDate: false }, zone);
        const actual = local.toUnixTime() * 1000;
        checked++;
        if (actual !== ms) mismatches.push(`${new Date(ms).toISOString()}: ical.js says ${new Date(actual).toISOString()}`);
      }
      expect(mismatches).toEqual([]);
      expect(checked).toBeGreaterThan(8700);
    },
    HEAVY_TIMEOUT_MS,
  );
});

describe("transitions and wall times", () => {
  it("finds the two Berlin changes of 2026 to the minute", () => {
    const found = transitionsBetween("Europe/Berlin", Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(found.map((t) => new Date(t.at).toISOString())).toEqual(["2026-03-29T01:00:00.000Z", "2026-10-25T01:00:00.000Z"]);
  });

  it("a wall time names one instant, two in the repeated hour, none in the gap", () => {
    const wall = (day: number, month: number, hour: number, minute = 30) => ({ year: 2026, month, day, hour, minute, second: 0 });
    expect(instantsForWallTime("Europe/Berlin", wall(1, 6, 12))).toEqual([Date.UTC(2026, 5, 1, 10, 30)]);
    expect(instantsForWallTime("Europe/Berlin", wall(25, 10, 2))).toEqual([Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30)]);
    expect(instantsForWallTime("Europe/Berlin", wall(29, 3, 2))).toEqual([]);
    // In the gap: read with the offset before it (RFC 5545 §3.3.5), i.e. 03:30 CEST.
    expect(wallTimeToInstant("Europe/Berlin", wall(29, 3, 2))).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(wallTimeToInstant("Pacific/Auckland", wall(1, 1, 0))).toBe(Date.UTC(2025, 11, 31, 11, 30));
  });

  it("formats offsets", () => {
    expect([19800, -28800, 0, -(3600 + 30 * 60), 2 * 3600 + 5].map(formatUtcOffset)).toEqual([
      "+0530",
      "-0800",
      "+0000",
      "-0130",
      "+020005",
    ]);
  });
});

describe("offset tables", () => {
  it.each(["Europe/Berlin", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago"])(
    "%s: the table answers what Intl answers, every 30 minutes through 2026 and 2027",
    (zone) => {
      const mismatches: string[] = [];
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 30 * 60_000) {
        if (offsetSecondsAt(zone, ms) !== intlOffsetSecondsAt(zone, ms)) mismatches.push(new Date(ms).toISOString());
        const wall = wallTimeAt(zone, ms);
        const intl = intlWallTimeAt(zone, ms);
        if (JSON.stringify(wall) !== JSON.stringify(intl)) mismatches.push(`${new Date(ms).toISOString()} wall`);
      }
      expect(mismatches).toEqual([]);
    },
    HEAVY_TIMEOUT_MS,
  );
});
