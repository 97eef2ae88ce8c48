/**
 * A fixed household calendar for the golden file and the two-parser test: all-day events
 * whose exclusive DTEND crosses a month, a year and a leap day; timed events in four zones,
 * one inside Berlin's spring gap and one in its repeated autumn hour; text that needs
 * escaping and folding (umlauts, emoji at the fold), alarms, categories with commas.
 */
import "server-only";
import type { FeedCalendar } from "../types";

const at = (iso: string) => new Date(iso);

export const householdCalendar: FeedCalendar = {
  productId: "-//DumbAssets Enhanced//Calendar feed//EN",
  name: "Müller household; Home, sweet home — my tasks",
  refreshMinutes: 60,
  events: [
    {
      uid: "occurrence-sch_furnace-2026-12-31@dumbassets",
      start: { kind: "date", date: "2026-12-31" },
      summary: "Replace furnace filter · Furnace (basement)",
      description:
        "Due: replace the furnace filter (MERV 13, 16x25x1).\nAssigned to: Jürgen Müller, Anna\nhttps://assets.example.test/tasks/tsk_1",
      url: "https://assets.example.test/tasks/tsk_1",
      categories: ["Maintenance", "Furnace (basement)"],
      sequence: 0,
      lastModified: at("2026-11-02T08:15:30.999Z"),
      alarmMinutesBefore: 1440,
    },
    {
      uid: "occurrence-sch_gutter-2028-02-28@dumbassets",
      start: { kind: "date", date: "2028-02-28" },
      summary: "Clean gutters; check downpipes, too",
      description:
        "Back slash \\ stays one, semicolon ; and comma , are escaped.\r\nWindows line end and a\tTAB and a bell\u0007 are gone.",
      categories: ["Outdoor, roof", "Seasonal"],
      sequence: 3,
      lastModified: at("2026-01-15T23:59:59Z"),
    },
    {
      uid: "occurrence-sch_smoke-2027-01-31@dumbassets",
      start: { kind: "date", date: "2027-01-31" },
      summary: "Test smoke alarms 🔥🧯 in every room of the house — hallway, kitchen, bedrooms 🛏️🛏️",
      categories: [],
      sequence: 1,
      lastModified: at("2026-06-30T12:00:00Z"),
      alarmMinutesBefore: 0,
    },
    {
      uid: "warranty-ast_fridge@dumbassets",
      start: { kind: "date", date: "2027-03-01" },
      summary: "Warranty ends: Kühlschrank Bosch KGN39VLEB",
      description: "Warranty of Kühlschrank Bosch KGN39VLEB ends on this day.",
      url: "https://assets.example.test/assets/ast_fridge?tab=warranty;x=1,2",
      categories: ["Warranty"],
      sequence: 0,
      lastModified: at("2025-05-05T05:05:05Z"),
    },
    {
      uid: "occurrence-sch_boiler-2026-03-29@dumbassets",
      start: { kind: "dateTime", date: "2026-03-29", time: "01:30", timeZone: "Europe/Berlin", durationMinutes: 60 },
      summary: "Boiler service (spans the spring gap)",
      categories: ["Maintenance"],
      sequence: 0,
      lastModified: at("2026-02-01T10:00:00Z"),
      alarmMinutesBefore: 90,
    },
    {
      uid: "occurrence-sch_boiler-2026-10-25@dumbassets",
      start: { kind: "dateTime", date: "2026-10-25", time: "02:30", timeZone: "Europe/Berlin", durationMinutes: 45 },
      summary: "Boiler check (repeated autumn hour)",
      categories: ["Maintenance"],
      sequence: 2,
      lastModified: at("2026-02-01T10:00:00Z"),
    },
    {
      uid: "occurrence-sch_sprinkler-2026-10-31@dumbassets",
      start: { kind: "dateTime", date: "2026-10-31", time: "23:30", timeZone: "America/Los_Angeles", durationMinutes: 240 },
      summary: "Winterize sprinklers",
      description: "Ends after the clocks go back.",
      categories: ["Garden"],
      sequence: 0,
      lastModified: at("2026-09-09T09:09:09Z"),
    },
    {
      uid: "occurrence-sch_heatpump-2026-12-31@dumbassets",
      start: { kind: "dateTime", date: "2026-12-31", time: "23:00", timeZone: "Pacific/Auckland", durationMinutes: 90 },
      summary: "Heat pump filter (into the new year, southern summer time)",
      categories: ["Maintenance"],
      sequence: 0,
      lastModified: at("2026-12-01T00:00:00Z"),
      alarmMinutesBefore: 15,
    },
    {
      uid: "occurrence-sch_inverter-2027-06-15@dumbassets",
      start: { kind: "dateTime", date: "2027-06-15", time: "09:00", timeZone: "Asia/Kolkata", durationMinutes: 30 },
      summary: "Inverter battery check",
      categories: ["Electrical"],
      sequence: 0,
      lastModified: at("2027-01-01T00:00:00Z"),
    },
  ],
};

/** What the two parsers must read back for the timed events: instants in UTC. */
export const expectedTimedInstants: Record<string, { start: string; end: string }> = {
  // 01:30 CET; 60 minutes later is 03:30 CEST (02:00-03:00 does not exist that night).
  "occurrence-sch_boiler-2026-03-29@dumbassets": { start: "2026-03-29T00:30:00.000Z", end: "2026-03-29T01:30:00.000Z" },
  // 02:30 happens twice that night: the first (CEST) is meant; 45 minutes later is the second 02:15 (CET).
  // Neither wall time names one instant, so both are written in UTC.
  "occurrence-sch_boiler-2026-10-25@dumbassets": { start: "2026-10-25T00:30:00.000Z", end: "2026-10-25T01:15:00.000Z" },
  // 23:30 PDT the evening before the clocks go back; 240 minutes later is 02:30 PST (3 hours on the wall).
  "occurrence-sch_sprinkler-2026-10-31@dumbassets": { start: "2026-11-01T06:30:00.000Z", end: "2026-11-01T10:30:00.000Z" },
  // 23:00 NZDT (+13) on Dec 31; 00:30 NZDT on Jan 1.
  "occurrence-sch_heatpump-2026-12-31@dumbassets": { start: "2026-12-31T10:00:00.000Z", end: "2026-12-31T11:30:00.000Z" },
  "occurrence-sch_inverter-2027-06-15@dumbassets": { start: "2027-06-15T03:30:00.000Z", end: "2027-06-15T04:00:00.000Z" },
};
