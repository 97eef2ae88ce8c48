/** A new feed for the caller; its URL (with the secret token) is in this answer only. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import { assertVisibleAsset, feedInclude } from "./feed-access";
import { feedOut } from "./feed-out";
import { feedUrl, issueFeedToken } from "./feed-token";
import { ZCreateCalendarFeed, type TCalendarFeedWithUrlOut, type TCreateCalendarFeed } from "./schemas";

export async function createCalendarFeed(auth: AuthContext, input: TCreateCalendarFeed): Promise<TCalendarFeedWithUrlOut> {
  const data = ZCreateCalendarFeed.parse(input);
  const membership = await db().membership.findUnique({
    where: { userId_householdId: { userId: auth.userId, householdId: auth.householdId } },
    select: { id: true },
  });
  if (!membership) throw notFound("Membership");
  const assetId = data.scope === "ASSET" ? (data.assetId ?? null) : null;
  if (assetId) await assertVisibleAsset(db(), auth, assetId);
  const { token, tokenHash, tokenHint } = issueFeedToken();
  const row = await db().calendarFeed.create({
    data: {
      householdId: auth.householdId,
      membershipId: membership.id,
      userId: auth.userId,
      name: data.name,
      scope: data.scope,
      assetId,
      alarmMinutesBefore: data.alarmMinutesBefore ?? null,
      ...(data.windowMonths !== undefined && { windowMonths: data.windowMonths }),
      tokenHash,
      tokenHint,
    },
    include: feedInclude,
  });
  return { ...feedOut(row), url: feedUrl(token) };
}
