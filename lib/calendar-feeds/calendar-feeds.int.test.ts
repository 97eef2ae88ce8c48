/**
 * Managing calendar feeds through the API: a member's own feeds only, a token shown once
 * and stored hashed, ASSET feeds only on assets the member can see.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "@/lib/assets/test-kit";
import { db } from "@/lib/server/db/client";
import { hashToken } from "@/lib/server/crypto/token-hash";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk } from "@/lib/schedules/test-kit";
import { feedApiAs, fileOf, type TCalendarFeedList, type TCalendarFeedOut, type TCalendarFeedWithUrlOut } from "./test-kit";

let owner: TestMember;
let member: TestMember;
let stranger: TestMember;
let privateAssetId: string;
let householdAssetId: string;

beforeAll(async () => {
  owner = await createHouseholdOwner("feeds-owner");
  member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "feeds-member");
  stranger = await createHouseholdOwner("feeds-stranger");
  privateAssetId = expectOk<{ id: string }>(await apiAs(owner).createAsset({ name: "Diary safe", visibility: "PRIVATE" }), 201).id;
  householdAssetId = expectOk<{ id: string }>(await apiAs(owner).createAsset({ name: "Boiler" }), 201).id;
});

describe("calendar feeds API", () => {
  it("creates a feed whose URL (shown once) carries a 256-bit token stored only as its hash", async () => {
    const created = expectOk<TCalendarFeedWithUrlOut>(await feedApiAs(owner).create({ name: "My chores", scope: "MY_TASKS" }), 201);
    expect(created).toMatchObject({
      name: "My chores",
      scope: "MY_TASKS",
      assetId: null,
      assetName: null,
      alarmMinutesBefore: null,
      windowMonths: 12,
      lastFetchedAt: null,
    });
    expect(created.url).toMatch(/^http:\/\/localhost:3000\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = fileOf(created.url).slice(0, -4);
    expect(created.tokenHint).toBe(token.slice(-4));

    const row = await db().calendarFeed.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const listed = expectOk<TCalendarFeedList>(await feedApiAs(owner).list());
    expect(listed.items.map((f) => f.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(listed.items.find((f) => f.id === created.id)).not.toHaveProperty("url");
  });

  it("lists, changes, rotates and deletes only the caller's own feeds: another member's feed is 404", async () => {
    const mine = expectOk<TCalendarFeedWithUrlOut>(await feedApiAs(member).create({ name: "Member feed", scope: "HOUSEHOLD_TASKS" }), 201);
    const ownersList = expectOk<TCalendarFeedList>(await feedApiAs(owner).list());
    expect(ownersList.items.map((f) => f.id)).not.toContain(mine.id);

    for (const other of [owner, stranger]) {
      const api = feedApiAs(other);
      expect((await api.update(mine.id, { name: "Hijacked" })).status).toBe(404);
      expect((await api.rotate(mine.id)).status).toBe(404);
      expect((await api.remove(mine.id)).status).toBe(404);
    }
    expect((await feedApiAs(member).remove("not-a-uuid")).status).toBe(404);

    const renamed = expectOk<TCalendarFeedOut>(
      await feedApiAs(member).update(mine.id, { name: "Renamed", alarmMinutesBefore: 60, windowMonths: 3 }),
    );
    expect(renamed).toMatchObject({ name: "Renamed", alarmMinutesBefore: 60, windowMonths: 3 });

    const rotated = expectOk<TCalendarFeedWithUrlOut>(await feedApiAs(member).rotate(mine.id));
    expect(rotated.url).not.toBe(mine.url);
    expect(rotated.id).toBe(mine.id);

    expect((await feedApiAs(member).remove(mine.id)).status).toBe(204);
    expect(await db().calendarFeed.count({ where: { id: mine.id } })).toBe(0);
  });

  it("lets a VIEWER keep feeds too (a feed only reads)", async () => {
    const viewer = await addHouseholdMember(owner.auth.householdId, "VIEWER", "feeds-viewer");
    expectOk<TCalendarFeedWithUrlOut>(await feedApiAs(viewer).create({ name: "Viewer", scope: "WARRANTIES" }), 201);
  });

  it("makes an ASSET feed only on an asset the member can see, and names the asset", async () => {
    const refused = await feedApiAs(member).create({ name: "Safe", scope: "ASSET", assetId: privateAssetId });
    expect(refused.status).toBe(422);
    expect((await feedApiAs(member).create({ name: "No asset", scope: "ASSET" })).status).toBe(422);
    expect((await feedApiAs(member).create({ name: "Both", scope: "WARRANTIES", assetId: householdAssetId })).status).toBe(422);

    const boiler = expectOk<TCalendarFeedWithUrlOut>(
      await feedApiAs(member).create({ name: "Boiler", scope: "ASSET", assetId: householdAssetId }),
      201,
    );
    expect(boiler).toMatchObject({ assetId: householdAssetId, assetName: "Boiler" });
    expect((await feedApiAs(member).update(boiler.id, { assetId: privateAssetId })).status).toBe(422);

    const ownersSafe = expectOk<TCalendarFeedWithUrlOut>(
      await feedApiAs(owner).create({ name: "Safe", scope: "ASSET", assetId: privateAssetId }),
      201,
    );
    expect(ownersSafe.assetName).toBe("Diary safe");

    const toAll = expectOk<TCalendarFeedOut>(await feedApiAs(member).update(boiler.id, { scope: "HOUSEHOLD_TASKS" }));
    expect(toAll).toMatchObject({ scope: "HOUSEHOLD_TASKS", assetId: null, assetName: null });
  });

  it("refuses bad input with 422, never 500", async () => {
    const api = feedApiAs(owner);
    for (const body of [
      {},
      { name: "", scope: "MY_TASKS" },
      { name: "x", scope: "EVERYTHING" },
      { name: "x\u0000", scope: "MY_TASKS" },
      { name: "x", scope: "MY_TASKS", windowMonths: 0 },
      { name: "x", scope: "MY_TASKS", windowMonths: 37 },
      { name: "x", scope: "MY_TASKS", alarmMinutesBefore: -1 },
      { name: "x", scope: "ASSET", assetId: "not-a-uuid" },
    ]) {
      expect((await api.create(body)).status, JSON.stringify(body)).toBe(422);
    }
  });

  it("deletes a member's feeds with their membership", async () => {
    const leaving = await addHouseholdMember(owner.auth.householdId, "MEMBER", "feeds-leaving");
    const feed = expectOk<TCalendarFeedWithUrlOut>(await feedApiAs(leaving).create({ name: "Mine", scope: "MY_TASKS" }), 201);
    await db().membership.deleteMany({ where: { userId: leaving.auth.userId, householdId: owner.auth.householdId } });
    expect(await db().calendarFeed.count({ where: { id: feed.id } })).toBe(0);
  });
});
