/**
 * Warranty reminders, run by the daily warranty-scan job. For each household, every
 * warranty (the primary one unless it is lifetime, and the secondary one) that expires
 * exactly one of the household's lead days from today (in the household's time zone)
 * notifies each member who can see the asset. A scan that runs twice on one day, or
 * a retry, notifies nobody twice: the key is `warranty:<asset>:<expiry>:<lead>:<user>`.
 */
import "server-only";
import { assetEventData } from "@/lib/webhooks/asset-event";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import { addDays, calendarDateInZone } from "@/lib/core/calendar-date";
import { db } from "@/lib/server/db/client";
import type { AssetVisibility } from "@/lib/server/db/generated/enums";
import { emitWebhookEvent } from "@/lib/webhooks/emit-event";
import { notify } from "@/lib/notifications/notify";
import { DEFAULT_WARRANTY_LEAD_DAYS } from "@/lib/notifications/schemas";

const HOUSEHOLD_PAGE = 200;

interface Reminder {
  assetId: string;
  assetName: string;
  visibility: AssetVisibility;
  label: string;
  expiresOn: string;
  leadDays: number;
  userIds: string[];
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function when(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return `in ${days} days`;
}

async function householdReminders(
  household: { id: string; timeZone: string },
  leadDays: readonly number[],
  now: Date,
): Promise<Reminder[]> {
  const today = calendarDateInZone(now, household.timeZone);
  const leadByDate = new Map(leadDays.map((days) => [addDays(today, days), days]));
  const dates = [...leadByDate.keys()].map((d) => new Date(`${d}T00:00:00Z`));
  const expiring = {
    status: "ACTIVE" as const,
    OR: [{ warrantyLifetime: false, warrantyExpiresOn: { in: dates } }, { secondaryWarrantyExpiresOn: { in: dates } }],
  };
  // Most days nothing expires: one cheap query before asking per member.
  if ((await db().asset.count({ where: { householdId: household.id, ...expiring } })) === 0) return [];

  const members = await db().membership.findMany({ where: { householdId: household.id }, select: { userId: true } });
  const reminders = new Map<string, Reminder>();
  for (const { userId } of members) {
    const assets = await db().asset.findMany({
      where: { AND: [visibleAssetsWhere({ householdId: household.id, userId }), expiring] },
      select: {
        id: true,
        name: true,
        visibility: true,
        warrantyLifetime: true,
        warrantyExpiresOn: true,
        secondaryWarrantyLabel: true,
        secondaryWarrantyExpiresOn: true,
      },
    });
    for (const asset of assets) {
      const warranties = [
        { label: "Warranty", expires: asset.warrantyLifetime ? null : asset.warrantyExpiresOn },
        { label: asset.secondaryWarrantyLabel?.trim() || "Secondary warranty", expires: asset.secondaryWarrantyExpiresOn },
      ];
      for (const { label, expires } of warranties) {
        const expiresOn = expires && isoDate(expires);
        const lead = expiresOn === null ? undefined : leadByDate.get(expiresOn);
        if (expiresOn === null || lead === undefined) continue;
        // Both warranties ending the same day make one reminder, as their keys agree.
        const key = `warranty:${asset.id}:${expiresOn}:${lead}`;
        const reminder = reminders.get(key) ?? {
          assetId: asset.id,
          assetName: asset.name,
          visibility: asset.visibility,
          label,
          expiresOn,
          leadDays: lead,
          userIds: [],
        };
        if (!reminder.userIds.includes(userId)) reminder.userIds.push(userId);
        reminders.set(key, reminder);
      }
    }
  }
  return [...reminders.values()];
}

export interface WarrantyReminderResult {
  households: number;
  notifications: number;
}

export async function sendWarrantyReminders(now: Date = new Date()): Promise<WarrantyReminderResult> {
  const result: WarrantyReminderResult = { households: 0, notifications: 0 };
  let cursor: string | undefined;
  for (;;) {
    const households = await db().household.findMany({
      where: cursor ? { id: { gt: cursor } } : {},
      orderBy: { id: "asc" },
      take: HOUSEHOLD_PAGE,
      select: { id: true, name: true, timeZone: true },
    });
    if (households.length === 0) return result;
    cursor = households.at(-1)?.id;
    const settings = await db().householdNotificationSettings.findMany({
      where: { householdId: { in: households.map((h) => h.id) } },
      select: { householdId: true, warrantyLeadDays: true },
    });
    for (const household of households) {
      const leadDays = settings.find((s) => s.householdId === household.id)?.warrantyLeadDays ?? DEFAULT_WARRANTY_LEAD_DAYS;
      if (leadDays.length === 0) continue;
      const reminders = await householdReminders(household, leadDays, now);
      if (reminders.length === 0) continue;
      result.households++;
      // One transaction per household: a failure retries that household, and the keys skip what already went out.
      await db().$transaction(async (tx) => {
        for (const r of reminders) {
          const reminderKey = `warranty:${r.assetId}:${r.expiresOn}:${r.leadDays}`;
          // The webhook goes out with the reminder's first notices, so once (a later member is told alone).
          const toldBefore = await tx.notification.count({
            where: { householdId: household.id, dedupeKey: { startsWith: `${reminderKey}:` } },
          });
          const notified = await notify(tx, {
            householdId: household.id,
            userIds: r.userIds,
            type: "WARRANTY_EXPIRING",
            title: `${r.label} for ${r.assetName} expires ${when(r.leadDays)}`,
            body: `${r.label} for ${r.assetName} expires on ${r.expiresOn}.`,
            url: `/assets/${r.assetId}`,
            dedupeKey: reminderKey,
            email: {
              template: "warranty-expiring",
              props: {
                householdName: household.name,
                assetId: r.assetId,
                assetName: r.assetName,
                expiresOn: r.expiresOn,
                daysLeft: r.leadDays,
              },
            },
            now,
          });
          result.notifications += notified.length;
          if (toldBefore === 0 && notified.length > 0) {
            const data = assetEventData(
              { id: r.assetId, name: r.assetName, visibility: r.visibility },
              { warranty: r.label, expiresOn: r.expiresOn, daysLeft: r.leadDays },
            );
            await emitWebhookEvent(tx, household.id, { type: "warranty.expiring", data }, { now });
          }
        }
      });
    }
  }
}
