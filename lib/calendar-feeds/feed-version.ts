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
import "server-only";
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
  // One call of the SQL function (migration calendar_feed_version): its plan is cached per connection.
  const rows = await db().$queryRaw<Aggregates[]>`SELECT * FROM calendar_feed_version(${h}::uuid, ${feed.userId}::uuid)`;
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
