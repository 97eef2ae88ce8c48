/**
 * The daily warranty scan. For now it only reports, per household, how many
 * warranties (primary or secondary) expire within the warning window; the
 * notifications issue turns each of those into deliveries (via runOnce, so a scan
 * that runs twice never notifies twice).
 */
import { z } from "zod";
import { db } from "@/lib/server/db/client";
import { defineJobHandler } from "@/lib/server/jobs/job-handler";

const WINDOW_DAYS = 30;

export const ZWarrantyScanPayload = z.object({ slotStart: z.iso.datetime().optional() }).loose();

/** Warranties expiring in [today, today + days], counted per household (UTC dates). */
export async function countExpiringWarranties(today: Date, days = WINDOW_DAYS): Promise<Map<string, number>> {
  const rows = await db().$queryRawUnsafe<{ householdId: string; expiring: number }[]>(
    `SELECT "householdId"::text AS "householdId", count(*)::int AS expiring
     FROM (
       SELECT "householdId", "warrantyExpiresOn" AS expires FROM "Asset" WHERE status = 'ACTIVE'
       UNION ALL
       SELECT "householdId", "secondaryWarrantyExpiresOn" FROM "Asset" WHERE status = 'ACTIVE'
     ) AS w
     WHERE expires BETWEEN $1::date AND $1::date + $2::int
     GROUP BY "householdId"`,
    today.toISOString().slice(0, 10),
    days,
  );
  return new Map(rows.map((r) => [r.householdId, r.expiring]));
}

export const warrantyScanHandler = defineJobHandler({
  payload: ZWarrantyScanPayload,
  async run(_payload, { logger, job }) {
    const counts = await countExpiringWarranties(new Date());
    for (const [householdId, expiring] of counts) {
      logger.info("warranty scan: warranties expiring soon", { jobId: job.id, householdId, expiring, windowDays: WINDOW_DAYS });
    }
    logger.info("warranty scan done", { jobId: job.id, households: counts.size });
  },
});
