import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createHouseholdOwner } from "@/tests/support/fixtures";
import { countExpiringWarranties } from "./warranty-scan";

describe("warranty scan", () => {
  it("counts primary and secondary warranties expiring within the window, per household, active assets only", async () => {
    const a = await createHouseholdOwner("a");
    const b = await createHouseholdOwner("b");
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const asset = (owner: typeof a, data: Record<string, unknown>) =>
      db().asset.create({ data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "thing", ...data } });
    await asset(a, { warrantyExpiresOn: day("2026-12-01") });
    await asset(a, { warrantyExpiresOn: day("2026-12-24"), secondaryWarrantyExpiresOn: day("2026-11-24") });
    await asset(a, { warrantyExpiresOn: day("2026-12-25") }); // one day past the window
    await asset(a, { warrantyExpiresOn: day("2026-11-23") }); // already expired
    await asset(a, { warrantyExpiresOn: day("2026-12-01"), status: "SOLD" });
    await asset(b, { secondaryWarrantyExpiresOn: day("2026-12-10") });

    const counts = await countExpiringWarranties(day("2026-11-24"), 30);
    expect(Object.fromEntries(counts)).toEqual({ [a.auth.householdId]: 3, [b.auth.householdId]: 1 });
  });
});
