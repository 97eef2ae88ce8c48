import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { ownFeedsWhere } from "./feed-access";

/** Revokes one of the caller's feeds: the row (and its token hash) is gone, its URL answers 404. */
export async function deleteCalendarFeed(auth: AuthContext, feedId: string): Promise<void> {
  const { count } = await db().calendarFeed.deleteMany({ where: { ...ownFeedsWhere(auth), id: feedId } });
  if (count === 0) throw notFound("Calendar feed");
}
