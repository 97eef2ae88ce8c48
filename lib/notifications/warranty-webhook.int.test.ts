/**
 * The warranty scan emits `warranty.expiring` to subscribed webhooks with the first
 * reminders of a warranty and lead day, in the catalogue's shape, and not again when
 * the scan runs twice.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { WEBHOOK_DELIVERY_JOB, ZWebhookDeliveryJob } from "@/lib/webhooks/delivery-job";
import { WEBHOOK_EVENT_CATALOGUE } from "@/lib/webhooks/event-types";
import { createHouseholdOwner } from "@/tests/support/fixtures";
import { sendWarrantyReminders } from "@/lib/events/warranty-reminders";

const NOW = new Date("2026-11-24T12:00:00Z");

async function endpoint(householdId: string, eventTypes: string[]) {
  return db().webhookEndpoint.create({ data: { householdId, url: "https://hooks.example.com/in", eventTypes, secretSealed: "unused" } });
}

async function messagesTo(endpointId: string) {
  const jobs = await db().job.findMany({ where: { kind: WEBHOOK_DELIVERY_JOB, payload: { path: ["endpointId"], equals: endpointId } } });
  return jobs.map((job) => JSON.parse(ZWebhookDeliveryJob.parse(job.payload).body) as { type: string; data: Record<string, unknown> });
}

describe("warranty.expiring webhooks", () => {
  it("go out once per warranty and lead day, to endpoints that subscribe, without a private asset's name", async () => {
    const owner = await createHouseholdOwner("w");
    const householdId = owner.auth.householdId;
    const subscribed = await endpoint(householdId, ["warranty.expiring"]);
    const other = await endpoint(householdId, ["asset.created"]);
    const fridge = await db().asset.create({
      data: { householdId, ownerId: owner.auth.userId, name: "Fridge", warrantyExpiresOn: new Date("2026-12-01T00:00:00Z") },
    });
    const safe = await db().asset.create({
      data: {
        householdId,
        ownerId: owner.auth.userId,
        name: "Safe",
        visibility: "PRIVATE",
        secondaryWarrantyLabel: "Extended",
        secondaryWarrantyExpiresOn: new Date("2026-12-24T00:00:00Z"),
      },
    });

    await sendWarrantyReminders(NOW);
    await sendWarrantyReminders(NOW);

    const messages = await messagesTo(subscribed.id);
    expect(messages.map((m) => m.type)).toEqual(["warranty.expiring", "warranty.expiring"]);
    expect(messages.map((m) => m.data)).toEqual(
      expect.arrayContaining([
        { assetId: fridge.id, visibility: "HOUSEHOLD", name: "Fridge", warranty: "Warranty", expiresOn: "2026-12-01", daysLeft: 7 },
        { assetId: safe.id, visibility: "PRIVATE", warranty: "Extended", expiresOn: "2026-12-24", daysLeft: 30 },
      ]),
    );
    // The catalogue's example has the same fields as a real message.
    const example = Object.keys(WEBHOOK_EVENT_CATALOGUE["warranty.expiring"].exampleData).sort();
    expect(messages.map((m) => Object.keys(m.data).sort())).toContainEqual(example);
    expect(await messagesTo(other.id)).toEqual([]);
  });
});
