/**
 * A feed's content as a FeedCalendar (lib/calendar-feeds/ical/types.ts), read for the
 * feed's member with their visibility: open tasks on their due day, the future
 * occurrences of active schedules over the feed's window, and warranty ends. All-day
 * events on household calendar dates; nothing depends on the process time zone, and
 * nothing but "today" (in the household's zone) depends on the clock.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, type CalendarFeed, type Prisma, type Schedule } from "@/lib/server/db/client";
import { toCalendarDate } from "@/lib/core/calendar-date";
import { assetSubtree } from "@/lib/assets/asset-subtree";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";
import {
  addMonths,
  calendarDateInZone,
  computeNextDue,
  materializeOccurrences,
  type CalendarDate,
  type NextDueContext,
  type TScheduleRule,
} from "@/lib/schedules/engine";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import {
  cumulativeReadings,
  engineSchedule,
  householdClock,
  ruleOf,
  usageAt,
  usageMeterId,
  type HouseholdClock,
} from "@/lib/schedules/schedule-state";
import type { FeedCalendar, FeedEvent } from "./ical/types";
import { latest, occurrenceUid, secondaryWarrantyUid, sequenceOf, taskUid, warrantyUid } from "./feed-event-ids";
import { appUrl } from "./feed-token";

export const FEED_PRODUCT_ID = "-//DumbAssets Enhanced//Calendar feed//EN";
/** REFRESH-INTERVAL and X-PUBLISHED-TTL: calendar apps that honour it poll hourly. */
export const FEED_REFRESH_MINUTES = 60;
/** A runaway schedule (daily over three years, times hundreds) must not make a feed of unbounded size. */
export const MAX_FEED_EVENTS = 20_000;
/** Warranty ends stay visible for a while after the day. */
const WARRANTY_LOOKBACK_MONTHS = 1;

export type FeedRecord = Pick<
  CalendarFeed,
  "id" | "householdId" | "userId" | "name" | "scope" | "assetId" | "alarmMinutesBefore" | "windowMonths"
>;

interface AssetInfo {
  id: string;
  name: string;
  category: string | null;
  locationName: string | null;
  updatedAt: Date;
}

type AssigneeForecast = { kind: "known"; userIds: string[] } | { kind: "oneOf"; userIds: string[] };

/** Visibility is by household and member only (lib/core/visibility/visible-assets.ts); the role plays no part. */
function memberContext(feed: FeedRecord): AuthContext {
  return { householdId: feed.householdId, userId: feed.userId, role: "VIEWER" };
}

function joinNames(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  const known = ids.map((id) => names.get(id)).filter((n): n is string => Boolean(n));
  return known.length > 0 ? known.join(", ") : "nobody yet";
}

const categoriesOf = (asset: AssetInfo | undefined, first: string): string[] => [
  ...new Set([first, ...(asset?.category ? [asset.category] : []), ...(asset?.locationName ? [asset.locationName] : [])]),
];

const summaryOf = (title: string, asset: AssetInfo | undefined) => (asset ? `${title} — ${asset.name}` : title);

/** Who a schedule's future occurrences will go to, as far as lib/schedules/rotation.ts makes that knowable. */
function forecastAssignees(
  schedule: Pick<Schedule, "defaultAssigneeIds" | "assignmentMode" | "rotation">,
  members: ReadonlySet<string>,
  openAssignees: readonly string[] | null,
  k: number,
): AssigneeForecast {
  const candidates = schedule.defaultAssigneeIds.filter((id) => members.has(id));
  if (candidates.length <= 1 || schedule.assignmentMode === "EACH" || schedule.rotation === "NONE") {
    return { kind: "known", userIds: candidates };
  }
  if (schedule.rotation === "ROUND_ROBIN" && openAssignees && openAssignees.length > 0) {
    const lastIndex = Math.max(-1, ...openAssignees.map((id) => candidates.indexOf(id)));
    if (lastIndex >= 0) return { kind: "known", userIds: [candidates[(lastIndex + k) % candidates.length] as string] };
  }
  // LEAST_COMPLETED (or a rotation with no previous task): decided when the task is created.
  return { kind: "oneOf", userIds: candidates };
}

interface ScheduleHistory {
  lastCompletedAt: Date | null;
  lastDueOn: Date | null;
}

/** Last completion and last planned date of closed occurrences, for many schedules in one query. */
async function histories(householdId: string, scheduleIds: readonly string[]): Promise<Map<string, ScheduleHistory>> {
  if (scheduleIds.length === 0) return new Map();
  const rows = await db().$queryRaw<{ scheduleId: string; lastCompletedAt: Date | null; lastDueOn: Date | null }[]>`
    SELECT t."scheduleId",
           max(t."completedAt") FILTER (WHERE t.status = 'DONE') AS "lastCompletedAt",
           max(t."plannedOn") FILTER (WHERE t.status IN ('DONE', 'SKIPPED')) AS "lastDueOn"
    FROM "Task" t
    WHERE t."householdId" = ${householdId}::uuid AND t."parentTaskId" IS NULL
      AND t."scheduleId" = ANY(${scheduleIds as string[]}::uuid[]) AND t.status IN ('DONE', 'SKIPPED')
    GROUP BY t."scheduleId"`;
  return new Map(rows.map((r) => [r.scheduleId, { lastCompletedAt: r.lastCompletedAt, lastDueOn: r.lastDueOn }]));
}

/** The date-rule part a projection can follow: usage only ever brings a date forward, and only once a meter says so. */
function projectableRule(rule: TScheduleRule): TScheduleRule | null {
  switch (rule.kind) {
    case "INTERVAL":
    case "MONTHLY":
    case "SEASONAL":
      return rule;
    case "WHICHEVER_FIRST":
      return { ...rule.date, activeMonths: rule.activeMonths };
    default:
      return null;
  }
}

export async function buildFeedCalendar(feed: FeedRecord, options: { now?: Date } = {}): Promise<FeedCalendar> {
  const member = memberContext(feed);
  const base = appUrl();
  const [household, clock, memberRows] = await Promise.all([
    db().household.findUniqueOrThrow({ where: { id: feed.householdId }, select: { name: true } }),
    householdClock(db(), feed.householdId, options.now),
    db().membership.findMany({ where: { householdId: feed.householdId }, select: { userId: true, user: { select: { name: true } } } }),
  ]);
  const names = new Map(memberRows.map((m) => [m.userId, m.user.name]));
  const members = new Set(names.keys());
  const calendar = (events: FeedEvent[]): FeedCalendar => ({
    productId: FEED_PRODUCT_ID,
    name: `${household.name} — ${feed.name}`,
    refreshMinutes: FEED_REFRESH_MINUTES,
    events: events
      .sort((a, b) => (a.start.date < b.start.date ? -1 : a.start.date > b.start.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0))
      .slice(0, MAX_FEED_EVENTS),
  });

  // The asset ids the feed is about: one asset and its visible components, or every visible one.
  let scopeAssetIds: string[] | null = null;
  if (feed.scope === "ASSET") {
    if (!feed.assetId) return calendar([]);
    scopeAssetIds = (await assetSubtree(db(), member, feed.assetId)).filter((r) => r.visible).map((r) => r.id);
    if (scopeAssetIds.length === 0) return calendar([]);
  }

  if (feed.scope === "WARRANTIES") {
    const rows = await loadAssets(member, {
      status: "ACTIVE",
      OR: [{ warrantyExpiresOn: { not: null } }, { secondaryWarrantyExpiresOn: { not: null } }],
    });
    return calendar(warrantyEvents(rows, clock, feed, base));
  }
  return calendar(await taskEvents(feed, member, clock, scopeAssetIds, names, members, base));
}

const assetSelect = {
  id: true,
  name: true,
  category: true,
  status: true,
  updatedAt: true,
  warrantyExpiresOn: true,
  warrantyLifetime: true,
  secondaryWarrantyLabel: true,
  secondaryWarrantyExpiresOn: true,
  location: { select: { name: true } },
} as const;

type AssetRow = Prisma.AssetGetPayload<{ select: typeof assetSelect }>;

/** Assets the member can see, narrowed by `where`; only those a feed needs are read. */
function loadAssets(member: AuthContext, where: Prisma.AssetWhereInput): Promise<AssetRow[]> {
  return db().asset.findMany({ where: { AND: [visibleAssetsWhere(member), where] }, select: assetSelect, orderBy: { id: "asc" } });
}

const assetInfo = (a: AssetRow): AssetInfo => ({
  id: a.id,
  name: a.name,
  category: a.category,
  locationName: a.location?.name ?? null,
  updatedAt: a.updatedAt,
});

function warrantyEvents(rows: readonly AssetRow[], clock: HouseholdClock, feed: FeedRecord, base: string): FeedEvent[] {
  const from = addMonths(clock.today, -WARRANTY_LOOKBACK_MONTHS);
  const events: FeedEvent[] = [];
  for (const row of rows) {
    const asset = assetInfo(row);
    const ends: [string, string, string][] = [];
    const primary = toCalendarDate(row.warrantyExpiresOn);
    if (primary && !row.warrantyLifetime) ends.push([warrantyUid(row.id), "Warranty", primary]);
    const secondary = toCalendarDate(row.secondaryWarrantyExpiresOn);
    if (secondary) ends.push([secondaryWarrantyUid(row.id), row.secondaryWarrantyLabel || "Second warranty", secondary]);
    for (const [uid, label, date] of ends) {
      if (date < from) continue;
      const url = `${base}/assets/${row.id}`;
      events.push({
        uid,
        start: { kind: "date", date },
        summary: `${label} ends — ${asset.name}`,
        description: `${label} of ${asset.name} ends on ${date}.\n${url}`,
        url,
        categories: categoriesOf(asset, "Warranty"),
        sequence: sequenceOf(row.updatedAt),
        lastModified: row.updatedAt,
        alarmMinutesBefore: feed.alarmMinutesBefore,
      });
    }
  }
  return events;
}

async function taskEvents(
  feed: FeedRecord,
  member: AuthContext,
  clock: HouseholdClock,
  scopeAssetIds: readonly string[] | null,
  names: ReadonlyMap<string, string>,
  members: ReadonlySet<string>,
  base: string,
): Promise<FeedEvent[]> {
  const visible = await visibleToCaller(db(), member);
  const inScope = scopeAssetIds ? [{ assetId: { in: [...scopeAssetIds] } }] : [];
  const [tasks, schedules] = await Promise.all([
    db().task.findMany({
      where: { AND: [visible, ...inScope, { status: { in: [...OPEN_STATUSES] } }] },
      select: {
        id: true,
        scheduleId: true,
        parentTaskId: true,
        assetId: true,
        title: true,
        plannedOn: true,
        rescheduledOn: true,
        updatedAt: true,
        assignees: { select: { userId: true }, orderBy: { userId: "asc" } },
      },
      orderBy: { id: "asc" },
    }),
    db().schedule.findMany({ where: { AND: [visible, ...inScope, { paused: false }] }, orderBy: { id: "asc" } }),
  ]);
  const scheduleById = new Map(schedules.map((s) => [s.id, s]));
  const referenced = [...new Set([...tasks, ...schedules].flatMap((r) => (r.assetId ? [r.assetId] : [])))];
  const assets = new Map(
    (referenced.length === 0 ? [] : await loadAssets(member, { id: { in: referenced } })).map((a) => [a.id, assetInfo(a)]),
  );
  const events: FeedEvent[] = [];

  // Open tasks, on the day they are due (moved-to date first).
  const openOccurrence = new Map<string, (typeof tasks)[number]>();
  for (const task of tasks) {
    const isOccurrence = task.scheduleId !== null && task.parentTaskId === null && task.plannedOn !== null;
    if (isOccurrence && task.scheduleId) {
      const current = openOccurrence.get(task.scheduleId);
      if (!current || (current.plannedOn && task.plannedOn && task.plannedOn < current.plannedOn))
        openOccurrence.set(task.scheduleId, task);
    }
    const date = toCalendarDate(task.rescheduledOn ?? task.plannedOn);
    if (!date) continue;
    const assigneeIds = task.assignees.map((a) => a.userId);
    if (feed.scope === "MY_TASKS" && !assigneeIds.includes(feed.userId)) continue;
    const asset = task.assetId ? assets.get(task.assetId) : undefined;
    const schedule = task.scheduleId ? scheduleById.get(task.scheduleId) : undefined;
    const lastModified = latest(task.updatedAt, asset?.updatedAt, schedule?.updatedAt);
    const url = `${base}/tasks/${task.id}`;
    const plannedOn = toCalendarDate(task.plannedOn);
    events.push({
      uid: isOccurrence && task.scheduleId && plannedOn ? occurrenceUid(task.scheduleId, plannedOn) : taskUid(task.id),
      start: { kind: "date", date },
      summary: summaryOf(task.title, asset),
      description: [
        `Due ${date}: ${task.title}${asset ? ` (${asset.name})` : ""}.`,
        ...(plannedOn && plannedOn !== date ? [`Moved from ${plannedOn}.`] : []),
        `Assigned to ${joinNames(assigneeIds, names)}.`,
        url,
      ].join("\n"),
      url,
      categories: categoriesOf(asset, "Maintenance"),
      sequence: sequenceOf(lastModified),
      lastModified,
      alarmMinutesBefore: feed.alarmMinutesBefore,
    });
  }

  // Future occurrences of active schedules, after the open one (if any), within the window.
  const end = addMonths(clock.today, feed.windowMonths);
  const withoutOpen = schedules.filter((s) => !openOccurrence.has(s.id)).map((s) => s.id);
  const history = await histories(feed.householdId, withoutOpen);
  for (const schedule of schedules) {
    let rule: TScheduleRule;
    try {
      rule = ruleOf(schedule);
    } catch {
      continue; // a rule this version cannot read plans nothing
    }
    const open = openOccurrence.get(schedule.id);
    const openDue = toCalendarDate(open?.plannedOn ?? null);
    const past = history.get(schedule.id);
    const context: Omit<NextDueContext, "today"> = open
      ? // As if the open occurrence were done on its day: the next ones follow it.
        { timeZone: clock.timeZone, lastDueOn: openDue, lastCompletedOn: openDue }
      : {
          timeZone: clock.timeZone,
          lastDueOn: toCalendarDate(past?.lastDueOn ?? null),
          lastCompletedOn: past?.lastCompletedAt ? calendarDateInZone(past.lastCompletedAt, clock.timeZone) : null,
        };
    let dates: CalendarDate[];
    try {
      dates = await occurrenceDates(schedule, rule, clock, context, end, open ? null : { lastCompletedAt: past?.lastCompletedAt ?? null });
    } catch {
      continue; // no allowed date (blackouts cover everything) or too many: the schedule shows nothing ahead
    }
    const asset = schedule.assetId ? assets.get(schedule.assetId) : undefined;
    if (schedule.assetId && !asset) continue;
    const lastModified = latest(schedule.updatedAt, asset?.updatedAt);
    const url = `${base}/schedules/${schedule.id}`;
    const openAssignees = open ? open.assignees.map((a) => a.userId) : null;
    dates.forEach((date, index) => {
      if (date === openDue) return;
      const forecast = forecastAssignees(schedule, members, openAssignees, index + 1);
      if (feed.scope === "MY_TASKS" && !forecast.userIds.includes(feed.userId)) return;
      events.push({
        uid: occurrenceUid(schedule.id, date),
        start: { kind: "date", date },
        summary: summaryOf(schedule.title, asset),
        description: [
          `Due ${date}: ${schedule.title}${asset ? ` (${asset.name})` : ""} (planned by its schedule; the task appears when it is next).`,
          forecast.kind === "known"
            ? `Assigned to ${joinNames(forecast.userIds, names)}.`
            : `Assigned to one of ${joinNames(forecast.userIds, names)} (decided when the task is created).`,
          url,
        ].join("\n"),
        url,
        categories: categoriesOf(asset, "Maintenance"),
        sequence: sequenceOf(lastModified),
        lastModified,
        alarmMinutesBefore: feed.alarmMinutesBefore,
      });
    });
  }
  return events;
}

/**
 * The schedule's coming due dates up to `end`: every occurrence of a date rule; a usage
 * rule only its next (projected) date, and only while it has no open task; a schedule
 * after another one nothing (its date exists once the prerequisite is done, as a task).
 */
async function occurrenceDates(
  schedule: Schedule,
  rule: TScheduleRule,
  clock: HouseholdClock,
  context: Omit<NextDueContext, "today">,
  end: CalendarDate,
  /** null while the schedule has an open task. */
  withoutOpenTask: { lastCompletedAt: Date | null } | null,
): Promise<CalendarDate[]> {
  const projectable = projectableRule(rule);
  if (projectable) {
    return materializeOccurrences(engineSchedule(schedule, clock, projectable), clock.today, end, context).map((d) => d.dueOn);
  }
  if (rule.kind !== "USAGE" || !withoutOpenTask) return [];
  const meterId = await usageMeterId(db(), schedule, rule);
  if (!meterId) return [];
  const readings = await cumulativeReadings(db(), schedule.householdId, meterId);
  const due = computeNextDue(engineSchedule(schedule, clock, rule), {
    ...context,
    today: clock.today,
    readings,
    usageAtLastCompletion: usageAt(readings, withoutOpenTask.lastCompletedAt),
  });
  return due.status === "SCHEDULED" && due.dueOn <= end ? [due.dueOn] : [];
}
