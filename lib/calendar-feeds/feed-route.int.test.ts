/**
 * GET /calendar/<token>.ics end to end: what a member's feed contains (and never
 * contains), stable UIDs, SEQUENCE, byte-identical polls, ETag / 304, revocation by
 * delete and rotate, rate limits, and independence from the process time zone.
 */
import ICAL from "ical.js";
import nodeIcal from "node-ical";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "@/lib/assets/test-kit";
import { db } from "@/lib/server/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { expectOk, inDays, scheduleApiAs } from "@/lib/schedules/test-kit";
import type { TScheduleChangeOut } from "@/lib/schedules/schemas";
import type { TTaskOut } from "@/lib/tasks/schemas";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { setEnv } from "@/tests/support/env";
import { feedApiAs, fetchFeed, fileOf, parseEvents, type TCalendarFeedWithUrlOut } from "./test-kit";

let owner: TestMember;
let member: TestMember;
let other: TestMember;
const ids: Record<string, string> = {};

const compact = (date: string) => date.replace(/-/g, "");
const weekly = (startDate: string) => ({ kind: "INTERVAL", every: 7, unit: "DAY", anchor: "FIXED", startDate });
const yearly = (startDate: string) => ({ kind: "INTERVAL", every: 1, unit: "YEAR", anchor: "FIXED", startDate });
const uid = (scheduleId: string, date: string) => `${scheduleId}-${date}@dumbassets`;

async function newFeed(who: TestMember, body: Record<string, unknown>): Promise<TCalendarFeedWithUrlOut> {
  return expectOk<TCalendarFeedWithUrlOut>(await feedApiAs(who).create(body), 201);
}

async function poll(feed: { url: string }) {
  const result = await fetchFeed(fileOf(feed.url));
  expect(result.status, result.body).toBe(200);
  return { ...result, events: parseEvents(result.body) };
}

async function openTask(who: TestMember, scheduleId: string): Promise<TTaskOut> {
  const page = expectOk<{ items: TTaskOut[] }>(await scheduleApiAs(who).listTasks({ scheduleId, status: "OPEN" }));
  return page.items[0] as TTaskOut;
}

beforeAll(async () => {
  owner = await createHouseholdOwner("ics-owner");
  const householdId = owner.auth.householdId;
  member = await addHouseholdMember(householdId, "MEMBER", "ics-member");
  other = await addHouseholdMember(householdId, "MEMBER", "ics-other");
  await db().household.update({ where: { id: householdId }, data: { name: "Elm Street" } });

  const location = expectOk<{ id: string }>(await apiAs(owner).createLocation({ name: "Basement" }), 201);
  const create = async (who: TestMember, body: Record<string, unknown>) =>
    expectOk<{ id: string }>(await apiAs(who).createAsset(body), 201).id;
  ids.boiler = await create(owner, { name: "Boiler", category: "Heating", locationId: location.id, warrantyExpiresOn: inDays(100) });
  ids.burner = await create(owner, { name: "Burner", parentId: ids.boiler });
  ids.secret = await create(other, { name: "Secret safe", visibility: "PRIVATE", warrantyExpiresOn: inDays(50) });
  ids.shared = await create(other, { name: "Shared bike", visibility: "SHARED", sharedWithUserIds: [member.auth.userId] });
  ids.notShared = await create(other, { name: "Owner's kayak", visibility: "SHARED", sharedWithUserIds: [owner.auth.userId] });

  const schedule = async (who: TestMember, body: Record<string, unknown>) =>
    expectOk<TScheduleChangeOut>(await scheduleApiAs(who).createSchedule(body), 201).schedule.id;
  ids.bleed = await schedule(owner, {
    title: "Bleed radiators",
    assetId: ids.boiler,
    rule: weekly(inDays(3)),
    defaultAssigneeIds: [member.auth.userId],
  });
  ids.nozzle = await schedule(owner, { title: "Clean nozzle", assetId: ids.burner, rule: yearly(inDays(20)) });
  ids.secretCheck = await schedule(other, { title: "Check the safe", assetId: ids.secret, rule: weekly(inDays(1)) });
  ids.chain = await schedule(other, { title: "Oil the chain", assetId: ids.shared, rule: weekly(inDays(2)) });
  ids.kayak = await schedule(other, {
    title: "Wax the hull",
    assetId: ids.notShared,
    rule: weekly(inDays(4)),
    defaultAssigneeIds: [member.auth.userId],
  });
  const task = expectOk<TTaskOut>(
    await scheduleApiAs(owner).createTask({ title: "Buy filters; cheap, ok?", plannedOn: inDays(5), assigneeIds: [member.auth.userId] }),
    201,
  );
  ids.filters = task.id;
});

afterEach(() => {
  setEnv({ CALENDAR_FEED_RATE_LIMIT_PER_MINUTE: undefined });
});

/** "uid start-date summary" of every event, as ical.js reads the text. */
function readWithIcalJs(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent))
    .map((event) => `${event.uid} ${event.startDate.toString()} ${event.summary}`)
    .sort();
}

/** The same, as node-ical reads it (all-day starts carry dateOnly; their calendar date is the local one it built). */
function readWithNodeIcal(text: string): string[] {
  return Object.values(nodeIcal.sync.parseICS(text))
    .filter((entry): entry is nodeIcal.VEvent => entry?.type === "VEVENT")
    .map((event) => {
      const start = event.start;
      const date = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, "0")}-${String(start.getDate()).padStart(2, "0")}`;
      const summary = typeof event.summary === "string" ? event.summary : event.summary.val;
      return `${event.uid} ${date} ${summary}`;
    })
    .sort();
}

describe("GET /calendar/<token>.ics", () => {
  it("reads the same under ical.js and node-ical, and holds exactly the open tasks the member may see", async () => {
    const feed = await newFeed(member, { name: "Parsers", scope: "HOUSEHOLD_TASKS" });
    const { body } = await poll(feed);
    const icalJs = readWithIcalJs(body);
    expect(readWithNodeIcal(body)).toEqual(icalJs);

    const hidden = [ids.secret!, ids.notShared!];
    const openTasks = await db().task.findMany({
      where: {
        householdId: owner.auth.householdId,
        status: { in: ["OPEN", "IN_PROGRESS", "BLOCKED"] },
        OR: [{ assetId: null }, { assetId: { notIn: hidden } }],
      },
    });
    const assetNames = new Map(
      (await db().asset.findMany({ where: { householdId: owner.auth.householdId }, select: { id: true, name: true } })).map((a) => [
        a.id,
        a.name,
      ]),
    );
    expect(openTasks.length).toBeGreaterThanOrEqual(4);
    for (const task of openTasks) {
      const due = (task.rescheduledOn ?? task.plannedOn)!.toISOString().slice(0, 10);
      const eventUid = task.scheduleId ? uid(task.scheduleId, task.plannedOn!.toISOString().slice(0, 10)) : `task-${task.id}@dumbassets`;
      const summary = task.assetId ? `${task.title} — ${assetNames.get(task.assetId)}` : task.title;
      expect(icalJs).toContain(`${eventUid} ${due} ${summary}`);
    }
    for (const title of ["Check the safe", "Wax the hull", "Secret safe", "Owner's kayak"]) {
      expect(icalJs.some((line) => line.includes(title))).toBe(false);
    }
  });

  it("answers an unknown, malformed or extension-less token with the same plain-text 404", async () => {
    const feed = await newFeed(member, { name: "All", scope: "HOUSEHOLD_TASKS" });
    const token = fileOf(feed.url).slice(0, -4);
    for (const file of [`${"A".repeat(43)}.ics`, "nonsense.ics", token, `${token}.ics.ics`, `${token}.txt`]) {
      const result = await fetchFeed(file);
      expect(result.status, file).toBe(404);
      expect(result.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(result.body).toBe("Not found\n");
      expect(result.body).not.toContain(token);
    }
  });

  it("lists what the member may see: open tasks, future occurrences, nothing of another member's private asset", async () => {
    const feed = await newFeed(member, { name: "Everything", scope: "HOUSEHOLD_TASKS", alarmMinutesBefore: 90 });
    const { body, headers, events } = await poll(feed);
    expect(headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(headers.get("cache-control")).toBe("private, max-age=300");
    expect(headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(new Date(headers.get("last-modified") ?? "").getTime()).not.toBeNaN();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain("X-WR-CALNAME:Elm Street — Everything");

    const byUid = new Map(events.map((e) => [e.uid, e]));
    // The open task of the weekly schedule, then its next occurrences: one a week for 12 months.
    const first = byUid.get(uid(ids.bleed!, inDays(3)));
    expect(first?.summary).toBe("Bleed radiators — Boiler");
    expect(first?.props.get("DTSTART")).toBe(compact(inDays(3)));
    expect(first?.props.get("DESCRIPTION")).toContain("ics-member");
    const task = await openTask(owner, ids.bleed!);
    expect(first?.props.get("URL")).toBe(`http://localhost:3000/tasks/${task.id}`);
    expect(first?.props.get("CATEGORIES")).toBe("Maintenance,Heating,Basement");
    expect(byUid.get(uid(ids.bleed!, inDays(10)))?.props.get("URL")).toBe(`http://localhost:3000/schedules/${ids.bleed}`);
    const bleeds = events.filter((e) => e.uid.startsWith(ids.bleed!));
    expect(bleeds.length).toBeGreaterThanOrEqual(52);
    expect(bleeds.length).toBeLessThanOrEqual(54);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

    expect(byUid.get(uid(ids.chain!, inDays(2)))?.summary).toBe("Oil the chain — Shared bike");
    expect(byUid.get(uid(ids.nozzle!, inDays(20)))).toBeDefined();
    expect(byUid.get(`task-${ids.filters}@dumbassets`)?.summary).toBe("Buy filters; cheap, ok?");
    expect(body).toContain("SUMMARY:Buy filters\\; cheap\\, ok?");
    expect(body).toContain("TRIGGER:-PT90M");

    // Another member's private asset: not its tasks, not its schedule, not its name.
    expect(body).not.toContain(ids.secretCheck);
    expect(body).not.toContain("Secret safe");
    expect(body).not.toContain("Check the safe");
    // Shared, but not with this member: as hidden as a private one.
    expect(body).not.toContain(ids.kayak);
    expect(body).not.toContain("kayak");

    // The owner of the safe sees it in their own feed.
    const othersFeed = await newFeed(other, { name: "Mine too", scope: "HOUSEHOLD_TASKS" });
    expect((await poll(othersFeed)).body).toContain("Check the safe — Secret safe");
  });

  it("MY_TASKS lists only what is or will be assigned to the member", async () => {
    const feed = await newFeed(member, { name: "Mine", scope: "MY_TASKS" });
    const uids = new Set((await poll(feed)).events.map((e) => e.uid));
    expect(uids.has(uid(ids.bleed!, inDays(3)))).toBe(true);
    expect(uids.has(uid(ids.bleed!, inDays(10)))).toBe(true);
    expect(uids.has(`task-${ids.filters}@dumbassets`)).toBe(true);
    expect(uids.has(uid(ids.nozzle!, inDays(20)))).toBe(false);
    expect(uids.has(uid(ids.chain!, inDays(2)))).toBe(false);
  });

  it("ASSET lists the asset and its components; WARRANTIES the warranty ends of visible assets", async () => {
    const boiler = await newFeed(member, { name: "Boiler", scope: "ASSET", assetId: ids.boiler });
    const uids = new Set((await poll(boiler)).events.map((e) => e.uid));
    expect(uids.has(uid(ids.bleed!, inDays(3)))).toBe(true);
    expect(uids.has(uid(ids.nozzle!, inDays(20)))).toBe(true);
    expect(uids.has(uid(ids.chain!, inDays(2)))).toBe(false);
    expect(uids.has(`task-${ids.filters}@dumbassets`)).toBe(false);

    const warranties = await newFeed(member, { name: "Warranties", scope: "WARRANTIES" });
    const { events, body } = await poll(warranties);
    expect(events.map((e) => [e.uid, e.dtstart, e.summary])).toEqual([
      [`warranty-${ids.boiler}@dumbassets`, compact(inDays(100)), "Warranty ends — Boiler"],
    ]);
    expect(body).toContain(`DTEND;VALUE=DATE:${compact(inDays(101))}`);
    expect(body).not.toContain("Secret safe");
  });

  it("is byte-identical between polls, answers If-None-Match with 304, and changes ETag and SEQUENCE when a task changes", async () => {
    const feed = await newFeed(member, { name: "Polls", scope: "HOUSEHOLD_TASKS" });
    const one = await poll(feed);
    const two = await poll(feed);
    expect(two.body).toBe(one.body);
    const etag = one.headers.get("etag") ?? "";
    expect(two.headers.get("etag")).toBe(etag);

    const notModified = await fetchFeed(fileOf(feed.url), { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    expect((await fetchFeed(fileOf(feed.url), { "if-none-match": `W/${etag}` })).status).toBe(304);
    expect((await fetchFeed(fileOf(feed.url), { "if-none-match": '"stale"' })).status).toBe(200);

    const row = await db().calendarFeed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(row.lastFetchedAt).not.toBeNull();
    expect(row.updatedAt.getTime()).toBeLessThanOrEqual(row.lastFetchedAt!.getTime());

    const before = one.events.find((e) => e.uid === `task-${ids.filters}@dumbassets`)!;
    expectOk(await scheduleApiAs(owner).updateTask(ids.filters!, { title: "Buy two filters" }));
    const after = await poll(feed);
    expect(after.headers.get("etag")).not.toBe(etag);
    const changed = after.events.find((e) => e.uid === before.uid)!;
    expect(changed.summary).toBe("Buy two filters");
    expect(changed.sequence).toBeGreaterThan(before.sequence);
    expect((await fetchFeed(fileOf(feed.url), { "if-none-match": etag })).status).toBe(200);
  });

  it("drops a done task; its schedule's next occurrence keeps its UID and becomes the task", async () => {
    const feed = await newFeed(owner, { name: "Done", scope: "HOUSEHOLD_TASKS" });
    const task = await openTask(owner, ids.nozzle!);
    const before = await poll(feed);
    const firstUid = uid(ids.nozzle!, task.plannedOn!);
    expect(before.events.some((e) => e.uid === firstUid)).toBe(true);
    const next = task.plannedOn!.replace(/^\d{4}/, (y) => String(Number(y) + 1));
    // The yearly occurrence after the window's end is not listed yet; a monthly window shows none.
    expect(before.events.some((e) => e.uid === uid(ids.nozzle!, next))).toBe(false);

    expectOk(await scheduleApiAs(owner).complete(task.id));
    const after = await poll(feed);
    expect(after.events.some((e) => e.uid === firstUid)).toBe(false);
    expect(after.body).not.toContain(task.id);

    // A weekly one: the projected next occurrence and the task made for it share a UID, with a higher SEQUENCE.
    const weeklyTask = await openTask(owner, ids.bleed!);
    const nextUid = uid(ids.bleed!, inDays(10));
    const projected = after.events.find((e) => e.uid === nextUid)!;
    expect(projected.props.get("URL")).toContain("/schedules/");
    expectOk(await scheduleApiAs(member).complete(weeklyTask.id));
    const third = await poll(feed);
    const becameTask = third.events.find((e) => e.uid === nextUid)!;
    expect(becameTask.props.get("URL")).toContain("/tasks/");
    expect(becameTask.sequence).toBeGreaterThanOrEqual(projected.sequence);
    expect(third.events.some((e) => e.uid === uid(ids.bleed!, inDays(3)))).toBe(false);
  });

  it("keeps UIDs across a rotation; the old URL, and a deleted feed's, answer 404", async () => {
    const feed = await newFeed(member, { name: "Rotate", scope: "HOUSEHOLD_TASKS" });
    const before = await poll(feed);
    const rotated = expectOk<TCalendarFeedWithUrlOut>(await feedApiAs(member).rotate(feed.id));
    expect((await fetchFeed(fileOf(feed.url))).status).toBe(404);
    const after = await poll(rotated);
    expect(after.events.map((e) => e.uid)).toEqual(before.events.map((e) => e.uid));
    expect(after.body).toBe(before.body);

    expect((await feedApiAs(member).remove(feed.id)).status).toBe(204);
    expect((await fetchFeed(fileOf(rotated.url))).status).toBe(404);
  });

  it("gives the same bytes whatever the server process's time zone", async () => {
    const feed = await newFeed(member, { name: "Zones", scope: "HOUSEHOLD_TASKS" });
    const saved = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const utc = (await poll(feed)).body;
      process.env.TZ = "Pacific/Kiritimati";
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-840);
      expect((await poll(feed)).body).toBe(utc);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("rate limits a token polled in a loop: 429 with Retry-After", async () => {
    setEnv({ CALENDAR_FEED_RATE_LIMIT_PER_MINUTE: "2" });
    const feed = await newFeed(member, { name: "Flood", scope: "WARRANTIES" });
    const from = { [CLIENT_ADDRESS_HEADER]: "203.0.113.7" };
    expect((await fetchFeed(fileOf(feed.url), from)).status).toBe(200);
    expect((await fetchFeed(fileOf(feed.url), from)).status).toBe(200);
    const refused = await fetchFeed(fileOf(feed.url), from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body).not.toContain(fileOf(feed.url));
  });
});
