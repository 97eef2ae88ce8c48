import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { assertVisibleAsset, feedInclude, feedsOut, ownFeedsWhere } from "./feed-access";
import { ZUpdateCalendarFeed, type TCalendarFeedOut, type TUpdateCalendarFeed } from "./schemas";

/** Renames or re-scopes one of the caller's feeds; its URL stays the same. */
export async function updateCalendarFeed(auth: AuthContext, feedId: string, input: TUpdateCalendarFeed): Promise<TCalendarFeedOut> {
  const data = ZUpdateCalendarFeed.parse(input);
  const existing = await db().calendarFeed.findFirst({ where: { ...ownFeedsWhere(auth), id: feedId }, select: { id: true, scope: true } });
  if (!existing) throw notFound("Calendar feed");
  const scope = data.scope ?? existing.scope;
  if (data.scope === undefined && data.assetId && scope !== "ASSET") {
    throw new AppError("VALIDATION", "Only an ASSET feed names an asset", {
      fieldErrors: [{ path: "assetId", message: "Only an ASSET feed names an asset" }],
    });
  }
  if (data.assetId) await assertVisibleAsset(db(), auth, data.assetId);
  const { count } = await db().calendarFeed.updateMany({
    where: { ...ownFeedsWhere(auth), id: feedId },
    data: {
      name: data.name,
      scope: data.scope,
      // Leaving the ASSET scope forgets the asset; an ASSET feed keeps its asset unless a new one is named.
      ...(scope !== "ASSET" ? { assetId: null } : data.assetId ? { assetId: data.assetId } : {}),
      alarmMinutesBefore: data.alarmMinutesBefore,
      windowMonths: data.windowMonths,
    },
  });
  if (count === 0) throw notFound("Calendar feed");
  const row = await db().calendarFeed.findFirstOrThrow({ where: { ...ownFeedsWhere(auth), id: feedId }, include: feedInclude });
  const [out] = await feedsOut(auth, [row]);
  return out!;
}
