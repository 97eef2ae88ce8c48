import { describe, expect, it } from "vitest";
import { sendWarrantyReminders } from "@/lib/events/warranty-reminders";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// 12:00Z on 24 Nov is already 01:00 on 25 Nov in Auckland (UTC+13).
const NOW = new Date("2026-11-24T12:00:00Z");

async function asset(owner: TestMember, name: string, data: Record<string, unknown>) {
  return db().asset.create({ data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name, ...data } });
}

describe("warranty scan (sendWarrantyReminders)", () => {
  it("notifies exactly the members who can see each asset, on the household's lead days in its time zone, once", async () => {
    const a = await createHouseholdOwner("a");
    await db().household.update({ where: { id: a.auth.householdId }, data: { timeZone: "Pacific/Auckland", name: "Kiwi home" } });
    const m = await addHouseholdMember(a.auth.householdId, "MEMBER");
    const v = await addHouseholdMember(a.auth.householdId, "VIEWER");
    await db().notificationPreference.create({
      data: { userId: m.auth.userId, householdId: a.auth.householdId, type: "WARRANTY_EXPIRING", channel: "EMAIL", enabled: false },
    });

    const fridge = await asset(a, "Fridge", { warrantyExpiresOn: day("2026-12-25") }); // +30 in Auckland
    const bike = await asset(m, "Bike", {
      visibility: "PRIVATE",
      secondaryWarrantyLabel: "Extended",
      secondaryWarrantyExpiresOn: day("2026-12-02"),
    }); // +7
    const tv = await asset(a, "TV", { visibility: "SHARED", warrantyExpiresOn: day("2026-12-09") }); // +14
    await db().assetShare.create({ data: { assetId: tv.id, userId: v.auth.userId } });
    await asset(a, "Lifetime pan", { warrantyLifetime: true, warrantyExpiresOn: day("2026-11-26") }); // +1 but lifetime
    await asset(a, "Lamp", { warrantyExpiresOn: day("2026-11-27") }); // +2: no lead day
    await asset(a, "Sold car", { status: "SOLD", warrantyExpiresOn: day("2026-11-26") });
    await asset(a, "Drill", { warrantyExpiresOn: day("2026-12-24") }); // +30 only by the UTC date

    const b = await createHouseholdOwner("b");
    await db().householdNotificationSettings.create({ data: { householdId: b.auth.householdId, warrantyLeadDays: [3] } });
    const kettle = await asset(b, "Kettle", { warrantyExpiresOn: day("2026-11-27"), secondaryWarrantyExpiresOn: day("2026-11-27") }); // +3 in UTC
    await asset(b, "Toaster", { warrantyExpiresOn: day("2026-12-24") }); // +30: not one of b's lead days

    const first = await sendWarrantyReminders(NOW);
    expect(first).toEqual({ households: 2, notifications: 7 });

    const rows = await db().notification.findMany({ orderBy: { dedupeKey: "asc" } });
    const got = rows.map((r) => ({ key: r.dedupeKey, householdId: r.householdId, url: r.url, channels: r.channels, title: r.title }));
    const expected = [
      { asset: fridge.id, expiry: "2026-12-25", lead: 30, user: a, title: "Warranty for Fridge expires in 30 days" },
      { asset: fridge.id, expiry: "2026-12-25", lead: 30, user: m, title: "Warranty for Fridge expires in 30 days" },
      { asset: fridge.id, expiry: "2026-12-25", lead: 30, user: v, title: "Warranty for Fridge expires in 30 days" },
      { asset: bike.id, expiry: "2026-12-02", lead: 7, user: m, title: "Extended for Bike expires in 7 days" },
      { asset: tv.id, expiry: "2026-12-09", lead: 14, user: a, title: "Warranty for TV expires in 14 days" },
      { asset: tv.id, expiry: "2026-12-09", lead: 14, user: v, title: "Warranty for TV expires in 14 days" },
      { asset: kettle.id, expiry: "2026-11-27", lead: 3, user: b, title: "Warranty for Kettle expires in 3 days" },
    ].map((e) => ({
      key: `warranty:${e.asset}:${e.expiry}:${e.lead}:${e.user.auth.userId}`,
      householdId: e.user.auth.householdId,
      url: `/assets/${e.asset}`,
      channels: e.user === m ? ["IN_APP", "PUSH"] : ["IN_APP", "EMAIL", "PUSH"],
      title: e.title,
    }));
    // Kettle's two warranties end the same day: one reminder.
    expect(got).toHaveLength(7);
    expect(got).toEqual(expect.arrayContaining(expected));

    const emails = await db().job.findMany({ where: { kind: "send-email" } });
    expect(emails.map((j) => (j.payload as { to: string }).to).sort()).toEqual([a.email, a.email, b.email, v.email, v.email].sort());
    expect(emails.find((j) => (j.payload as { to: string }).to === b.email)?.payload).toMatchObject({
      template: "warranty-expiring",
      props: { householdName: "b's household", assetId: kettle.id, assetName: "Kettle", expiresOn: "2026-11-27", daysLeft: 3 },
    });
    expect(await db().job.count({ where: { kind: "send-push" } })).toBe(7);

    // Again on the same day (a retry, a second worker): nothing new.
    expect(await sendWarrantyReminders(new Date(NOW.getTime() + 3_600_000))).toEqual({ households: 2, notifications: 0 });
    expect(await db().notification.count()).toBe(7);
    expect(await db().job.count({ where: { kind: { in: ["send-email", "send-push"] } } })).toBe(12);
  });
});
