/** asset.* webhook events commit with the change; a non-household asset's name stays out of them. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createHouseholdOwner } from "@/tests/support/fixtures";
import { createAsset } from "./create-asset";
import { deleteAsset } from "./delete-asset";
import { updateAsset } from "./update-asset";

describe("asset webhook events", () => {
  it("emits asset.created, asset.updated and asset.deleted", async () => {
    const owner = await createHouseholdOwner("hooks");
    const householdId = owner.auth.householdId;
    await db().webhookEndpoint.create({ data: { householdId, url: "https://hooks.example.com/x", secretSealed: "sealed" } });
    const lamp = await createAsset(owner.auth, { name: "Lamp" });
    await updateAsset(owner.auth, lamp.id, { name: "Desk lamp", visibility: "PRIVATE" });
    await deleteAsset(owner.auth, lamp.id);
    await expect(updateAsset(owner.auth, lamp.id, { name: "Gone" })).rejects.toThrow();

    const jobs = await db().job.findMany({ where: { kind: "webhook-delivery", householdId } });
    const events = jobs.map((j) => JSON.parse((j.payload as { body: string }).body) as { type: string; data: Record<string, unknown> });
    // Sorted by type: jobs enqueued within one millisecond have no order to rely on.
    expect(events.map((e) => [e.type, e.data]).sort(([x], [y]) => String(x).localeCompare(String(y)))).toEqual([
      ["asset.created", { assetId: lamp.id, visibility: "HOUSEHOLD", name: "Lamp", ownerId: owner.auth.userId }],
      ["asset.deleted", { assetId: lamp.id, visibility: "PRIVATE", deletedAssetIds: [lamp.id], components: "detach" }],
      ["asset.updated", { assetId: lamp.id, visibility: "PRIVATE", changedFields: ["name", "visibility"] }],
    ]);
  });
});
