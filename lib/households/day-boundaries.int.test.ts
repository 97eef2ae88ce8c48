/**
 * Every day boundary follows Household.timeZone, not UTC nor the server's TZ: the same
 * scenario for Pacific/Auckland and America/Los_Angeles, one minute either side of local
 * midnight, on an ordinary day and on both sides of each DST change (the 23- and 25-hour
 * days). The instants are written out in UTC by hand (checked against the tz database),
 * not computed with the code under test.
 *
 * Covered through use cases that take `now`: today / due soon / overdue (listTasks and the
 * due-reminder scan), warranty days left (the warranty-reminder scan), back-dated completion
 * (completeTask) and seasons (previewSchedule, createSchedule). The dashboard's warranty
 * counts and GET /api/assets?warrantyWithinDays read the real clock with no way to inject
 * it (lib/assets/get-dashboard.ts, list-assets.ts), so they are not exercised here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAsset } from "@/lib/assets/create-asset";
import { sendTaskDueReminders } from "@/lib/events/task-due-reminders";
import { sendWarrantyReminders } from "@/lib/events/warranty-reminders";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { previewSchedule } from "@/lib/schedules/preview-schedule";
import { AppError } from "@/lib/server/errors/app-error";
import { db } from "@/lib/server/db/client";
import { completeTask } from "@/lib/tasks/complete-task";
import { createTask } from "@/lib/tasks/create-task";
import { listTasks } from "@/lib/tasks/list-tasks";
import { createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { updateHouseholdSettings } from "./settings";

const MINUTE = 60_000;

interface Midnight {
  what: string;
  /** The local day that starts at `instant`. */
  day: string;
  /** Local midnight opening `day`, in UTC. */
  instant: string;
}

interface Zone {
  timeZone: string;
  hemisphere: "NORTH" | "SOUTH";
  midnights: Midnight[];
  /** Midnight after the day spring starts (the hemisphere's default), and that day. */
  spring: { startsOn: string; nextYear: string; midnightAfter: string };
}

const ZONES: Zone[] = [
  {
    timeZone: "Pacific/Auckland",
    hemisphere: "SOUTH",
    midnights: [
      // NZDT (+13) ends 2026-04-05 03:00 → NZST (+12); NZST starts again 2026-09-27 02:00 → NZDT.
      { what: "the start of the DST-end day (25 hours)", day: "2026-04-05", instant: "2026-04-04T11:00:00Z" },
      { what: "the end of the DST-end day", day: "2026-04-06", instant: "2026-04-05T12:00:00Z" },
      { what: "an ordinary winter day", day: "2026-06-15", instant: "2026-06-14T12:00:00Z" },
      { what: "the start of the DST-start day (23 hours)", day: "2026-09-27", instant: "2026-09-26T12:00:00Z" },
      { what: "the end of the DST-start day", day: "2026-09-28", instant: "2026-09-27T11:00:00Z" },
    ],
    // Southern spring starts 09-01; 2026-09-02 00:00 NZST.
    spring: { startsOn: "2026-09-01", nextYear: "2027-09-01", midnightAfter: "2026-09-01T12:00:00Z" },
  },
  {
    timeZone: "America/Los_Angeles",
    hemisphere: "NORTH",
    midnights: [
      // PST (-8) → PDT (-7) on 2026-03-08 02:00; PDT → PST on 2026-11-01 02:00.
      { what: "the start of the DST-start day (23 hours)", day: "2026-03-08", instant: "2026-03-08T08:00:00Z" },
      { what: "the end of the DST-start day", day: "2026-03-09", instant: "2026-03-09T07:00:00Z" },
      { what: "an ordinary summer day", day: "2026-06-15", instant: "2026-06-15T07:00:00Z" },
      { what: "the start of the DST-end day (25 hours)", day: "2026-11-01", instant: "2026-11-01T07:00:00Z" },
      { what: "the end of the DST-end day", day: "2026-11-02", instant: "2026-11-02T08:00:00Z" },
    ],
    // Northern spring starts 03-01; 2026-03-02 00:00 PST.
    spring: { startsOn: "2026-03-01", nextYear: "2027-03-01", midnightAfter: "2026-03-02T08:00:00Z" },
  },
];

/** Plain UTC date arithmetic, independent of the engine. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD HH:mm" of an instant on the wall clock of `timeZone`, straight from Intl. */
function wallClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

async function taskIds(owner: TestMember, query: { overdue?: boolean; dueWithinDays?: number }, now: Date): Promise<string[]> {
  const page = await listTasks(owner.auth, { ...query, limit: 200 }, { now });
  return page.items.map((t) => t.id);
}

async function noticeTypes(taskId: string): Promise<string[]> {
  const rows = await db().notification.findMany({
    where: { OR: [{ dedupeKey: { startsWith: `task-due-soon:${taskId}:` } }, { dedupeKey: { startsWith: `task-overdue:${taskId}:` } }] },
    select: { type: true },
  });
  return [...new Set(rows.map((r) => r.type))].sort();
}

async function warrantyLeads(assetId: string): Promise<string[]> {
  const rows = await db().notification.findMany({
    where: { dedupeKey: { startsWith: `warranty:${assetId}:` } },
    select: { dedupeKey: true },
  });
  // warranty:<asset>:<expiry>:<lead>:<user>
  return [...new Set(rows.map((r) => (r.dedupeKey ?? "").split(":").slice(2, 4).join(":")))].sort();
}

async function completionRefusal(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

describe.each(ZONES)("day boundaries in $timeZone", (zone) => {
  let owner: TestMember;

  beforeAll(async () => {
    owner = await createHouseholdOwner(`tz-${zone.hemisphere.toLowerCase()}`);
    await updateHouseholdSettings(owner.auth, { timeZone: zone.timeZone, hemisphere: zone.hemisphere });
  });

  it.each(zone.midnights)("turns the day at local midnight: $what ($day)", async ({ day, instant }) => {
    const midnight = Date.parse(instant);
    const before = new Date(midnight - MINUTE);
    const after = new Date(midnight + MINUTE);
    const yesterday = plusDays(day, -1);
    // The instants are what they claim to be (guards the hand-written table).
    expect(wallClock(before, zone.timeZone)).toBe(`${yesterday} 23:59`);
    expect(wallClock(after, zone.timeZone)).toBe(`${day} 00:01`);

    const dueYesterday = await createTask(owner.auth, { title: `Due ${yesterday}`, plannedOn: yesterday });
    const dueToday = await createTask(owner.auth, { title: `Due ${day}`, plannedOn: day });
    const backDated = await createTask(owner.auth, { title: `Back-dated ${day}`, plannedOn: yesterday });
    const mine = (ids: string[]) => ids.filter((id) => id === dueYesterday.id || id === dueToday.id);
    // Warranty days left: 30 is a default reminder lead; one ends 30 days after `yesterday`, the other 30 after `day`.
    const endsSooner = await createAsset(owner.auth, {
      name: `Ends ${plusDays(yesterday, 30)}`,
      warrantyExpiresOn: plusDays(yesterday, 30),
    });
    const endsLater = await createAsset(owner.auth, { name: `Ends ${plusDays(day, 30)}`, warrantyExpiresOn: plusDays(day, 30) });

    // One minute before midnight it is still `yesterday` there.
    expect(mine(await taskIds(owner, { overdue: true }, before))).toEqual([]);
    expect(mine(await taskIds(owner, { dueWithinDays: 0 }, before))).toEqual([dueYesterday.id]);
    expect(mine(await taskIds(owner, { dueWithinDays: 1 }, before)).sort()).toEqual([dueYesterday.id, dueToday.id].sort());
    await sendTaskDueReminders(before);
    expect(await noticeTypes(dueYesterday.id)).toEqual(["TASK_DUE_SOON"]);
    expect(await noticeTypes(dueToday.id)).toEqual([]);
    await sendWarrantyReminders(before);
    expect(await warrantyLeads(endsSooner.id)).toEqual([`${plusDays(yesterday, 30)}:30`]);
    expect(await warrantyLeads(endsLater.id)).toEqual([]);
    expect(await completionRefusal(completeTask(owner.auth, dueToday.id, { completedOn: day }, { now: before }))).toBe(
      "A task cannot be completed in the future.",
    );

    // One minute after, it is `day`: yesterday's task is overdue, today's is due today.
    expect(mine(await taskIds(owner, { overdue: true }, after))).toEqual([dueYesterday.id]);
    expect(mine(await taskIds(owner, { dueWithinDays: 0 }, after)).sort()).toEqual([dueYesterday.id, dueToday.id].sort());
    await sendTaskDueReminders(after);
    expect(await noticeTypes(dueYesterday.id)).toEqual(["TASK_DUE_SOON", "TASK_OVERDUE"]);
    expect(await noticeTypes(dueToday.id)).toEqual(["TASK_DUE_SOON"]);
    await sendWarrantyReminders(after);
    expect(await warrantyLeads(endsSooner.id)).toEqual([`${plusDays(yesterday, 30)}:30`]);
    expect(await warrantyLeads(endsLater.id)).toEqual([`${plusDays(day, 30)}:30`]);

    // Completing on `day` is now allowed and happens now; back-dated to `yesterday`, it is noon there that day.
    await completeTask(owner.auth, dueToday.id, { completedOn: day }, { now: after });
    await completeTask(owner.auth, backDated.id, { completedOn: yesterday }, { now: after });
    const done = await db().task.findMany({ where: { id: { in: [dueToday.id, backDated.id] } }, select: { id: true, completedAt: true } });
    const completedAt = (id: string) => done.find((t) => t.id === id)?.completedAt ?? null;
    expect(completedAt(dueToday.id)).toEqual(after);
    const backDatedAt = completedAt(backDated.id);
    expect(backDatedAt && wallClock(backDatedAt, zone.timeZone)).toBe(`${yesterday} 12:00`);
  });

  it("starts a season on the household's hemisphere and local day", async () => {
    const { startsOn, nextYear, midnightAfter } = zone.spring;
    const before = new Date(Date.parse(midnightAfter) - MINUTE);
    const after = new Date(Date.parse(midnightAfter) + MINUTE);
    expect(wallClock(before, zone.timeZone)).toBe(`${startsOn} 23:59`);
    expect(wallClock(after, zone.timeZone)).toBe(`${plusDays(startsOn, 1)} 00:01`);

    // No hemisphere in the rule: the household's decides when spring starts.
    const rule = { kind: "SEASONAL" as const, season: "SPRING" as const };
    const first = async (now: Date) => (await previewSchedule(owner.auth, { rule, count: 1 }, { now })).dates[0]?.dueOn;
    expect(await first(before)).toBe(startsOn);
    expect(await first(after)).toBe(nextYear);

    const created = await createSchedule(owner.auth, { title: "Spring clean", rule }, { now: before });
    expect(created.schedule.rule).toMatchObject({ kind: "SEASONAL", season: "SPRING", hemisphere: zone.hemisphere });
    expect(created.schedule.nextTask?.dueOn).toBe(startsOn);
  });
});
