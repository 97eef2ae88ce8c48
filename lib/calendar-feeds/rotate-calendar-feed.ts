import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { feedInclude, feedsOut, ownFeedsWhere } from "./feed-access";
import { feedUrl, issueFeedToken } from "./feed-token";
import type { TCalendarFeedWithUrlOut } from "./schemas";

/**
 * A new URL for one of the caller's feeds; the old one answers 404 from now on. The
 * feed's events keep their UIDs (they come from record ids, not from the token), so a
 * calendar app re-subscribed to the new URL shows no duplicates.
 */
export async function rotateCalendarFeed(auth: AuthContext, feedId: string): Promise<TCalendarFeedWithUrlOut> {
  const { token, tokenHash, tokenHint } = issueFeedToken();
  const { count } = await db().calendarFeed.updateMany({ where: { ...ownFeedsWhere(auth), id: feedId }, data: { tokenHash, tokenHint } });
  if (count === 0) throw notFound("Calendar feed");
  const row = await db().calendarFeed.findFirstOrThrow({ where: { ...ownFeedsWhere(auth), id: feedId }, include: feedInclude });
  const [out] = await feedsOut(auth, [row]);
  return { ...out!, url: feedUrl(token) };
}
