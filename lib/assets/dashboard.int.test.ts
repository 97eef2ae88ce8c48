import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner } from "@/tests/support/fixtures";
import { addDays, todayIn } from "@/lib/core/calendar-date";
import type { TDashboard } from "./schemas";
import { apiAs, newAsset } from "./test-kit";

describe("GET /api/dashboard", () => {
  it("sums, counts and lists over the assets the caller may see", async () => {
    const owner = await createHouseholdOwner("dash");
    await db().household.update({ where: { id: owner.auth.householdId }, data: { timeZone: "Pacific/Kiritimati" } });
    const api = apiAs(owner);
    const today = todayIn("Pacific/Kiritimati");
    const inDays = (days: number) => addDays(today, days);

    const empty = (await api.dashboard()).body as TDashboard;
    expect(empty).toEqual({
      assetCount: 0,
      totalValueMinor: [],
      warrantiesExpiring: { within30: 0, within60: 0, within90: 0 },
      recentlyAdded: [],
    });

    await newAsset(api, { name: "Sofa", priceMinor: 80_000, quantity: 1, warrantyExpiresOn: today });
    await newAsset(api, { name: "Chairs", priceMinor: 5_000, quantity: 4, secondaryWarrantyExpiresOn: inDays(45) });
    await newAsset(api, { name: "Camera", priceMinor: 1_000, currency: "EUR", warrantyExpiresOn: inDays(75) });
    await newAsset(api, { name: "Old phone", priceMinor: 9_999, status: "SOLD", warrantyExpiresOn: inDays(3) });
    await newAsset(api, { name: "Forever pan", warrantyLifetime: true, warrantyExpiresOn: inDays(3) });
    await newAsset(api, { name: "Expired", warrantyExpiresOn: inDays(-1) });
    await newAsset(api, { name: "Far", warrantyExpiresOn: inDays(91) });
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    await newAsset(apiAs(member), { name: "Private watch", priceMinor: 1_000_000, visibility: "PRIVATE", warrantyExpiresOn: inDays(1) });

    const dashboard = (await api.dashboard()).body as TDashboard;
    expect(dashboard.assetCount).toBe(7);
    expect(dashboard.totalValueMinor).toEqual([
      { currency: "EUR", totalMinor: 1_000 },
      { currency: "USD", totalMinor: 80_000 + 4 * 5_000 },
    ]);
    expect(dashboard.warrantiesExpiring).toEqual({ within30: 1, within60: 2, within90: 3 });
    expect(dashboard.recentlyAdded.map((a) => a.name)).toEqual(["Far", "Expired", "Forever pan", "Old phone", "Camera"]);

    const theirs = (await apiAs(member).dashboard()).body as TDashboard;
    expect(theirs.assetCount).toBe(8);
    expect(theirs.totalValueMinor).toContainEqual({ currency: "USD", totalMinor: 80_000 + 4 * 5_000 + 1_000_000 });
    expect(theirs.warrantiesExpiring.within30).toBe(2);
    expect(theirs.recentlyAdded[0]?.name).toBe("Private watch");
  });
});
