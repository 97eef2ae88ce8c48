import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { feedInclude, feedsOut, ownFeedsWhere } from "./feed-access";
import type { TCalendarFeedList } from "./schemas";

/** The caller's own feeds in the active household, oldest first (never their tokens). */
export async function listCalendarFeeds(auth: AuthContext): Promise<TCalendarFeedList> {
  const rows = await db().calendarFeed.findMany({
    where: ownFeedsWhere(auth),
    include: feedInclude,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { items: await feedsOut(auth, rows) };
}
