/**
 * The writer's output read back by two independent parsers (ical.js and node-ical), each in a
 * child process with its own TZ (vitest workers share one process, whose TZ cannot be
 * switched reliably once Date has cached it). Both readings, under both zones, must equal the
 * model, and the written bytes must be the same under both zones.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { TYPESCRIPT_NODE_FLAGS } from "@/scripts/lib/run";
import { expectedTimedInstants, householdCalendar } from "./__golden__/household";
import type { ParsedEvent } from "./__golden__/parse-household";
import { stripControls } from "./escape";
import { nextDay } from "./dates";

const script = fileURLToPath(new URL("./__golden__/parse-household.ts", import.meta.url));
const ZONES = ["UTC", "Pacific/Kiritimati"] as const;

interface Reading {
  tz: string;
  text: string;
  icalJs: ParsedEvent[];
  nodeIcal: ParsedEvent[];
}

async function readUnder(tz: string): Promise<Reading> {
  const { stdout } = await promisify(execFile)(process.execPath, [...TYPESCRIPT_NODE_FLAGS, script], {
    env: { ...process.env, TZ: tz },
    maxBuffer: 10 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Reading;
}

/** What the model says each event is, in the shape the parsers are read into. */
const expected: ParsedEvent[] = householdCalendar.events.map((event) => ({
  uid: event.uid,
  summary: stripControls(event.summary),
  description: event.description === undefined ? null : stripControls(event.description),
  url: event.url ?? null,
  categories: event.categories.filter((c) => c.length > 0),
  sequence: event.sequence,
  dtstamp: new Date(Math.floor(event.lastModified.getTime() / 1000) * 1000).toISOString(),
  lastModified: new Date(Math.floor(event.lastModified.getTime() / 1000) * 1000).toISOString(),
  start: event.start.kind === "date" ? `date:${event.start.date}` : (expectedTimedInstants[event.uid]?.start ?? "missing"),
  end: event.start.kind === "date" ? `date:${nextDay(event.start.date)}` : (expectedTimedInstants[event.uid]?.end ?? "missing"),
  alarms:
    event.alarmMinutesBefore === null || event.alarmMinutesBefore === undefined
      ? []
      : [{ action: "DISPLAY", minutesBefore: event.alarmMinutesBefore, description: stripControls(event.summary) }],
}));

describe("writeCalendar read back by ical.js and node-ical under two process time zones", () => {
  const readings = new Map<string, Reading>();

  beforeAll(async () => {
    for (const [tz, reading] of await Promise.all(ZONES.map(async (tz) => [tz, await readUnder(tz)] as const))) readings.set(tz, reading);
  }, 60_000);

  it("ran each child under the zone asked for", () => {
    for (const tz of ZONES) expect(readings.get(tz)?.tz).toBe(tz);
  });

  it("writes the same bytes under both zones, those of the golden file", () => {
    const golden = readFileSync(fileURLToPath(new URL("./__golden__/household.ics", import.meta.url)), "utf8");
    for (const tz of ZONES) expect(readings.get(tz)?.text).toBe(golden);
  });

  it.each(ZONES)("ical.js under TZ=%s reads every event as the model has it", (tz) => {
    expect(readings.get(tz)?.icalJs).toEqual(expected);
  });

  it.each(ZONES)("node-ical under TZ=%s reads every event as the model has it", (tz) => {
    // node-ical trims the space after an escaped comma in CATEGORIES (it splits on every comma):
    // compare categories without whitespace after commas for it.
    const squeeze = (events: ParsedEvent[]) => events.map((e) => ({ ...e, categories: e.categories.map((c) => c.replace(/,\s+/g, ",")) }));
    const reading = readings.get(tz)?.nodeIcal ?? [];
    expect(squeeze(reading)).toEqual(squeeze(expected));
    expect(reading.map((e) => e.uid)).toEqual(expected.map((e) => e.uid));
  });
});
