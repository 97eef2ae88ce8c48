/**
 * Run as a child process (see write-calendar.parsers.test.ts) under a chosen TZ: writes the
 * household calendar, reads it back with ical.js and with node-ical, and prints both
 * readings as JSON. The parent compares them across process time zones and with the model.
 */
import "server-only";
import ICAL from "ical.js";
import nodeIcal from "node-ical";
import { writeCalendar } from "../write-calendar";
import { householdCalendar } from "./household";

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  url: string | null;
  categories: string[];
  sequence: number;
  dtstamp: string;
  lastModified: string;
  /** "date:YYYY-MM-DD" for an all-day value, else the instant in ISO form. */
  start: string;
  end: string;
  alarms: { action: string; minutesBefore: number; description: string }[];
}

const pad = (n: number) => String(n).padStart(2, "0");

function readWithIcalJs(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const when = (time: ICAL.Time) => (time.isDate ? `date:${time.toString()}` : time.toJSDate().toISOString());
  const textOf = (component: ICAL.Component, name: string) => {
    const value = component.getFirstPropertyValue(name);
    return value === null || value === undefined ? null : String(value);
  };
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const stamp = (name: string) => (vevent.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
    return {
      uid: event.uid,
      summary: event.summary,
      description: textOf(vevent, "description"),
      url: textOf(vevent, "url"),
      categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      sequence: event.sequence,
      dtstamp: stamp("dtstamp"),
      lastModified: stamp("last-modified"),
      start: when(event.startDate),
      end: when(event.endDate),
      alarms: vevent.getAllSubcomponents("valarm").map((alarm) => ({
        action: String(alarm.getFirstPropertyValue("action")),
        minutesBefore: -(alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds() / 60,
        description: String(alarm.getFirstPropertyValue("description")),
      })),
    };
  });
}

type NodeIcalDate = Date & { dateOnly?: boolean };

function readWithNodeIcal(text: string): ParsedEvent[] {
  // node-ical builds an all-day value as local midnight of the process TZ: read it back with local getters.
  const when = (date: NodeIcalDate) =>
    date.dateOnly ? `date:${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : date.toISOString();
  const str = (value: unknown): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === "object" && "val" in value) return String(value.val);
    return String(value);
  };
  // node-ical splits CATEGORIES on every comma, also an escaped one ("a\, b" → "a\", " b"): join such pieces again.
  const categories = (value: unknown): string[] => {
    const pieces = Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
    const joined: string[] = [];
    for (const piece of pieces) {
      const previous = joined.at(-1);
      if (previous?.endsWith("\\")) joined[joined.length - 1] = `${previous.slice(0, -1)},${piece}`;
      else joined.push(piece);
    }
    return joined;
  };
  // node-ical leaves TRIGGER as the raw text.
  const minutesBefore = (trigger: string) => {
    const match = /^(-)?PT(\d+)M$/.exec(trigger);
    return match ? (match[1] ? 1 : -1) * Number(match[2]) : Number.NaN;
  };
  return Object.values(nodeIcal.sync.parseICS(text))
    .filter((c) => c?.type === "VEVENT")
    .map((c) => {
      const event = c as nodeIcal.VEvent;
      const alarms = (event as unknown as { alarms?: { action: string; trigger: string; description: string }[] }).alarms ?? [];
      return {
        uid: event.uid,
        summary: str(event.summary) ?? "",
        description: str(event.description),
        url: str(event.url),
        categories: categories(event.categories),
        sequence: Number(event.sequence),
        dtstamp: event.dtstamp.toISOString(),
        lastModified: event.lastmodified?.toISOString() ?? "",
        start: when(event.start),
        end: when(event.end as NodeIcalDate),
        alarms: alarms.map((a) => ({ action: a.action, minutesBefore: minutesBefore(a.trigger), description: str(a.description) ?? "" })),
      };
    });
}

const text = writeCalendar(householdCalendar);
process.stdout.write(
  JSON.stringify({
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    text,
    icalJs: readWithIcalJs(text),
    nodeIcal: readWithNodeIcal(text),
  }),
);
