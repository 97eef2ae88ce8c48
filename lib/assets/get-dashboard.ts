/**
 * Household figures for the dashboard, over the assets the caller may see: how many,
 * what the active ones are worth per currency, how many active ones have a warranty
 * (either one; lifetime warranties excluded) ending within 30/60/90 days from the
 * household's today (the same rule as GET /api/assets?status=ACTIVE&warrantyWithinDays=N),
 * and the five newest.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db, Prisma } from "@/lib/server/db/client";
import { addDays, todayIn } from "@/lib/core/calendar-date";
import { listAssets } from "./list-assets";
import { ZListAssetsQuery, type TDashboard } from "./schemas";
import { visibleAssetsSql } from "@/lib/core/visibility/visible-assets-sql";

export type { TDashboard } from "./schemas";

export async function getDashboard(auth: AuthContext): Promise<TDashboard> {
  const client = db();
  const household = await client.household.findUniqueOrThrow({
    where: { id: auth.householdId },
    select: { timeZone: true, currency: true },
  });
  const today = todayIn(household.timeZone);
  const expiringBy = (days: number) => Prisma.sql`a.status = 'ACTIVE' AND (
    (NOT a."warrantyLifetime" AND a."warrantyExpiresOn" BETWEEN ${today}::date AND ${addDays(today, days)}::date)
    OR a."secondaryWarrantyExpiresOn" BETWEEN ${today}::date AND ${addDays(today, days)}::date)`;

  const [[counts], totals, recent] = await Promise.all([
    client.$queryRaw<[{ assetCount: number; within30: number; within60: number; within90: number }]>`
      SELECT count(*)::int AS "assetCount",
        count(*) FILTER (WHERE ${expiringBy(30)})::int AS within30,
        count(*) FILTER (WHERE ${expiringBy(60)})::int AS within60,
        count(*) FILTER (WHERE ${expiringBy(90)})::int AS within90
      FROM "Asset" a WHERE ${visibleAssetsSql(auth, "a")}`,
    // numeric, not bigint: a sum of prices times quantities may pass 2^63.
    client.$queryRaw<{ currency: string; totalMinor: string }[]>`
      SELECT COALESCE(a.currency, ${household.currency}) AS currency, sum(a."priceMinor"::numeric * a.quantity)::text AS "totalMinor"
      FROM "Asset" a
      WHERE ${visibleAssetsSql(auth, "a")} AND a.status = 'ACTIVE' AND a."priceMinor" IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
    listAssets(auth, ZListAssetsQuery.parse({ sort: "createdAt", order: "desc", limit: 5 })),
  ]);
  return {
    assetCount: counts.assetCount,
    totalValueMinor: totals.map((t) => ({ currency: t.currency.trim(), totalMinor: Number(t.totalMinor) })),
    warrantiesExpiring: { within30: counts.within30, within60: counts.within60, within90: counts.within90 },
    recentlyAdded: recent.items,
  };
}
