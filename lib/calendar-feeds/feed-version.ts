/**
 * The feed's validators (ETag, Last-Modified) from what its content is made of, in ONE
 * aggregate query, without building the calendar: a poll that changed nothing answers
 * 304 for the price of that query.
 *
 * Each set of records is summarised by its count and latest updatedAt (an insert or an
 * edit raises the latest; a delete lowers the count), or, for rows without timestamps,
 * by count and a checksum of their ids. The household's "today" is part of it, because
 * the window of future occurrences moves with it.
 */
import { createHash } from "node:crypto";
import { db } from "@/lib/server/db/client";
import { calendarDateInZone, localDateTimeToInstant } from "@/lib/schedules/engine";
import { latest } from "./feed-event-ids";
import { appUrl } from "./feed-token";
import type { FeedRecord } from "./build-feed-calendar";

/** Bump when the builder or the writer changes what the same records produce. */
export const FEED_FORMAT_VERSION = 1;

export interface FeedVersion {
  /** A strong validator, quoted: `"..."`. */
  etag: string;
  lastModified: Date;
}

interface Aggregates {
  householdName: string;
  timeZone: string;
  householdAt: Date;
  tasks: string;
  tasksAt: Date | null;
  assignees: string;
  schedules: string;
  schedulesAt: Date | null;
  assets: string;
  assetsAt: Date | null;
  shares: string;
  members: string;
  membersAt: Date | null;
  blackouts: string;
  blackoutsAt: Date | null;
  readings: string;
}

export async function feedVersion(feed: FeedRecord & { updatedAt: Date }, now: Date = new Date()): Promise<FeedVersion | null> {
  const h = feed.householdId;
  const rows = await db().$queryRaw<Aggregates[]>`
    SELECT h.name AS "householdName", h."timeZone", h."updatedAt" AS "householdAt",
      t.n AS tasks, t.at AS "tasksAt", ta.n AS assignees,
      s.n AS schedules, s.at AS "schedulesAt",
      a.n AS assets, a.at AS "assetsAt", sh.n AS shares,
      m.n AS members, m.at AS "membersAt",
      b.n AS blackouts, b.at AS "blackoutsAt", r.n AS readings
    FROM "Household" h,
      LATERAL (SELECT count(*)::text AS n, max("updatedAt") AS at FROM "Task"
               WHERE "householdId" = h.id AND status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')) t,
      LATERAL (SELECT count(*)::text || ':' || coalesce(sum(hashtext(x."taskId"::text || x."userId"::text)), 0)::text AS n
               FROM "TaskAssignee" x JOIN "Task" xt ON xt.id = x."taskId"
               WHERE xt."householdId" = h.id AND xt.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')) ta,
      LATERAL (SELECT count(*)::text AS n, max("updatedAt") AS at FROM "Schedule" WHERE "householdId" = h.id) s,
      LATERAL (SELECT count(*)::text AS n, max("updatedAt") AS at FROM "Asset" WHERE "householdId" = h.id) a,
      LATERAL (SELECT count(*)::text || ':' || coalesce(sum(hashtext(x."assetId"::text)), 0)::text AS n
               FROM "AssetShare" x JOIN "Asset" xa ON xa.id = x."assetId"
               WHERE x."userId" = ${feed.userId}::uuid AND xa."householdId" = h.id) sh,
      LATERAL (SELECT count(*)::text AS n, greatest(max(x."createdAt"), max(u."updatedAt")) AS at
               FROM "Membership" x JOIN "User" u ON u.id = x."userId" WHERE x."householdId" = h.id) m,
      LATERAL (SELECT count(*)::text || ':' || coalesce(sum(hashtext(x.id::text || x."from" || x."to")), 0)::text AS n,
                      max(x."createdAt") AS at
               FROM "HouseholdBlackout" x WHERE x."householdId" = h.id) b,
      LATERAL (SELECT count(*)::text || ':' || coalesce(max(x."readAt")::text, '') AS n
               FROM "MeterReading" x WHERE x."meterId" IN (SELECT id FROM "Meter" WHERE "householdId" = h.id)) r
    WHERE h.id = ${h}::uuid`;
  const row = rows[0];
  if (!row) return null;
  let timeZone = row.timeZone;
  let today: string;
  try {
    today = calendarDateInZone(now, timeZone);
  } catch {
    timeZone = "UTC";
    today = calendarDateInZone(now, timeZone);
  }
  const inputs = [
    FEED_FORMAT_VERSION,
    appUrl(),
    feed.id,
    feed.updatedAt.toISOString(),
    feed.scope,
    feed.assetId,
    feed.alarmMinutesBefore,
    feed.windowMonths,
    feed.name,
    row.householdName,
    timeZone,
    today,
    row.householdAt.toISOString(),
    row.tasks,
    row.tasksAt?.toISOString() ?? null,
    row.assignees,
    row.schedules,
    row.schedulesAt?.toISOString() ?? null,
    row.assets,
    row.assetsAt?.toISOString() ?? null,
    row.shares,
    row.members,
    row.membersAt?.toISOString() ?? null,
    row.blackouts,
    row.blackoutsAt?.toISOString() ?? null,
    row.readings,
  ];
  const etag = `"${createHash("sha256").update(JSON.stringify(inputs)).digest("base64url").slice(0, 32)}"`;
  // The content also changes at midnight (the window moves), so that counts as a modification too.
  const lastModified = latest(
    feed.updatedAt,
    row.householdAt,
    row.tasksAt,
    row.schedulesAt,
    row.assetsAt,
    row.membersAt,
    row.blackoutsAt,
    localDateTimeToInstant(today, timeZone),
  );
  return { etag, lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000) };
}
