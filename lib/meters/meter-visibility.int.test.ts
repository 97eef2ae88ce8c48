/**
 * Issue 8, "private assets' meters": a meter is as visible as its asset. Another member's
 * PRIVATE asset answers 404 on every route, so its meters' readings do too, and its meters
 * cannot be named in a schedule, a preview or a task's requirements.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { expectOk, scheduleApiAs } from "@/lib/schedules/test-kit";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import type { TReadingOut } from "./schemas";

let owner: TestMember;
let others: TestMember[];
let meterId: string;
let sharedMeterId: string;

beforeAll(async () => {
  owner = await createHouseholdOwner("meter-owner");
  const { householdId, userId } = owner.auth;
  others = [
    await addHouseholdMember(householdId, "ADMIN"),
    await addHouseholdMember(householdId, "MEMBER"),
    await addHouseholdMember(householdId, "VIEWER"),
  ];
  const privateAsset = await db().asset.create({ data: { householdId, ownerId: userId, name: "Diary scooter", visibility: "PRIVATE" } });
  meterId = (await db().meter.create({ data: { householdId, assetId: privateAsset.id, name: "Odometer", unit: "KM" } })).id;
  await db().meterReading.create({ data: { householdId, meterId, value: 1234, readAt: new Date(), createdById: userId } });
  const sharedAsset = await db().asset.create({ data: { householdId, ownerId: userId, name: "Family car" } });
  sharedMeterId = (await db().meter.create({ data: { householdId, assetId: sharedAsset.id, name: "Odometer", unit: "KM" } })).id;
});

describe("meters of another member's private asset", () => {
  it("answer 404 to GET readings for ADMIN, MEMBER and VIEWER; the owner still sees them", async () => {
    for (const member of others) {
      const result = await scheduleApiAs(member).listReadings(meterId);
      expect(result.status, member.auth.role).toBe(404);
    }
    expect(expectOk<TReadingOut[]>(await scheduleApiAs(owner).listReadings(meterId)).map((r) => r.value)).toEqual([1234]);
  });

  it("take no reading from anyone else (404, or 403 for a VIEWER, who may not write at all)", async () => {
    for (const member of others) {
      const result = await scheduleApiAs(member).recordReading(meterId, { value: 99_999 });
      expect(result.status, member.auth.role).toBe(member.auth.role === "VIEWER" ? 403 : 404);
    }
    expect(await db().meterReading.count({ where: { meterId } })).toBe(1);
  });

  it("cannot be named in a preview, a schedule or a task's requirements", async () => {
    const api = scheduleApiAs(others[1] as TestMember);
    const usage = { kind: "USAGE", every: 100, unit: "km", meterId };
    const preview = await api.preview({ rule: usage });
    expect(preview.status).toBe(422);
    expect(preview.body).toMatchObject({ errors: [{ path: "rule.meterId" }] });
    const schedule = await api.createSchedule({
      title: "Service",
      rule: { kind: "INTERVAL", every: 1, unit: "YEAR", anchor: "FIXED", startDate: "2026-01-01" },
      requirements: { meterId },
    });
    expect(schedule.status).toBe(422);
    expect(schedule.body).toMatchObject({ errors: [{ path: "requirements.meterId" }] });
    const task = await api.createTask({ title: "Read it", requirements: { meterId } });
    expect(task.status).toBe(422);
    expect(task.body).toMatchObject({ errors: [{ path: "requirements.meterId" }] });
  });

  it("leave household meters readable by everyone", async () => {
    for (const member of others) expect((await scheduleApiAs(member).listReadings(sharedMeterId)).status, member.auth.role).toBe(200);
    expect((await scheduleApiAs(others[1] as TestMember).recordReading(sharedMeterId, { value: 10 })).status).toBe(201);
  });
});
