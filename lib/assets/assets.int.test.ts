import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db/client";
import { fileStorage } from "@/lib/storage/file-storage";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import type { TAssetOut } from "./schemas";
import { ZAssetOut } from "./schemas";
import { apiAs, newAsset, newLocation, newTag, problem, type Api } from "./test-kit";

let owner: TestMember;
let api: Api;

beforeAll(async () => {
  owner = await createHouseholdOwner("assets");
  await db().household.update({ where: { id: owner.auth.householdId }, data: { currency: "EUR" } });
  api = apiAs(owner);
});

describe("asset CRUD", () => {
  it("creates an asset with every field and reads it back in the API shape", async () => {
    const garage = await newLocation(api, "Garage");
    const shelf = await newLocation(api, "Shelf 2", garage.id);
    const tools = await newTag(api, "Tools", "#22C55E");
    const result = await api.createAsset({
      name: "  Cordless Drill ",
      description: "18V",
      category: "Tools",
      manufacturer: "DeWalt",
      model: "DCD771",
      serialNumber: "SN-1",
      purchaseDate: "2025-03-01",
      priceMinor: 12_999,
      vendor: "Hardware Store",
      locationId: shelf.id,
      notes: "",
      quantity: 2,
      warrantyExpiresOn: "2028-03-01",
      secondaryWarrantyLabel: "Battery",
      secondaryWarrantyExpiresOn: "2026-03-01",
      customFields: [{ label: "Voltage", value: "18" }],
      tagIds: [tools.id],
    });
    expect(result.status).toBe(201);
    const asset = ZAssetOut.parse(result.body);
    expect(result.headers.get("location")).toBe(`/api/assets/${asset.id}`);
    expect(asset).toMatchObject({
      name: "Cordless Drill",
      ownerId: owner.auth.userId,
      visibility: "HOUSEHOLD",
      sharedWithUserIds: [],
      purchaseDate: "2025-03-01",
      priceMinor: 12_999,
      currency: "EUR",
      notes: null,
      quantity: 2,
      status: "ACTIVE",
      warrantyExpiresOn: "2028-03-01",
      warrantyLifetime: false,
      secondaryWarrantyLabel: "Battery",
      secondaryWarrantyExpiresOn: "2026-03-01",
      customFields: [{ label: "Voltage", value: "18" }],
      tags: [{ id: tools.id, name: "Tools", color: "#22c55e" }],
      location: { id: shelf.id, name: "Shelf 2", path: "Garage > Shelf 2" },
      componentCount: 0,
      coverPhotoId: null,
      parentId: null,
    });
    const read = await api.getAsset(asset.id);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(asset);
    const row = await db().asset.findUniqueOrThrow({ where: { id: asset.id }, select: { searchText: true } });
    expect(row.searchText).toBe("cordless drill dewalt dcd771 sn-1 tools");
  });

  it("keeps an explicit currency and leaves it empty when there is no price", async () => {
    expect(await newAsset(api, { name: "Camera", priceMinor: 50_000, currency: "usd" })).toMatchObject({ currency: "USD" });
    expect(await newAsset(api, { name: "Rock" })).toMatchObject({ priceMinor: null, currency: null });
  });

  it("patches only the fields present and rebuilds searchText", async () => {
    const tag = await newTag(api, "Kitchen");
    const asset = await newAsset(api, {
      name: "Mixer",
      manufacturer: "KitchenAid",
      notes: "red",
      customFields: [{ label: "a", value: "b" }],
    });
    const result = await api.updateAsset(asset.id, { model: "Artisan", notes: null, status: "SOLD", tagIds: [tag.id], priceMinor: 300 });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      name: "Mixer",
      manufacturer: "KitchenAid",
      model: "Artisan",
      notes: null,
      status: "SOLD",
      priceMinor: 300,
      currency: "EUR",
      customFields: [{ label: "a", value: "b" }],
      tags: [{ id: tag.id, name: "Kitchen" }],
    });
    const row = await db().asset.findUniqueOrThrow({ where: { id: asset.id }, select: { searchText: true } });
    expect(row.searchText).toBe("mixer kitchenaid artisan kitchen");
    const untagged = await api.updateAsset(asset.id, { tagIds: [] });
    expect((untagged.body as TAssetOut).tags).toEqual([]);
  });

  it("deletes an asset, then answers 404 for it", async () => {
    const asset = await newAsset(api, { name: "Old TV" });
    const result = await api.deleteAsset(asset.id);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ deletedAssetIds: [asset.id] });
    expect((await api.getAsset(asset.id)).status).toBe(404);
    expect((await api.deleteAsset(asset.id)).status).toBe(404);
  });

  it("answers 404 for unknown and malformed ids", async () => {
    const unknown = "0195f0c2-7a3e-7c1a-9b1e-3c4d5e6f7a8b";
    for (const id of [unknown, "not-a-uuid"]) {
      expect((await api.getAsset(id)).status).toBe(404);
      expect((await api.updateAsset(id, { name: "x" })).status).toBe(404);
      expect((await api.deleteAsset(id)).status).toBe(404);
      expect((await api.assetTree(id)).status).toBe(404);
      expect((await api.moveAsset(id, { parentId: null })).status).toBe(404);
    }
  });
});

describe("photos and files", () => {
  async function attach(asset: TAssetOut, kind: "PHOTO" | "RECEIPT", createdAt: string) {
    const storageKey = `${owner.auth.householdId}/${randomUUID()}`;
    await fileStorage().put(storageKey, Buffer.from("bytes"), "application/octet-stream");
    const row = await db().attachment.create({
      data: {
        householdId: owner.auth.householdId,
        assetId: asset.id,
        kind,
        fileName: "f",
        contentType: "image/png",
        sizeBytes: 5,
        storageKey,
        createdAt: new Date(createdAt),
      },
      select: { id: true },
    });
    return { id: row.id, storageKey };
  }
  const stored = async (key: string) => {
    const file = await fileStorage().get(key);
    await file?.stream.cancel();
    return file !== null;
  };

  it("shows the first photo as the cover, and deleting assets removes their stored files", async () => {
    const boat = await newAsset(api, { name: "Boat" });
    const motor = await newAsset(api, { name: "Motor", parentId: boat.id });
    const kept = await newAsset(api, { name: "Kept" });
    const receipt = await attach(boat, "RECEIPT", "2025-01-01T00:00:00Z");
    const later = await attach(boat, "PHOTO", "2025-03-01T00:00:00Z");
    const first = await attach(boat, "PHOTO", "2025-02-01T00:00:00Z");
    const motorPhoto = await attach(motor, "PHOTO", "2025-01-01T00:00:00Z");
    const keptPhoto = await attach(kept, "PHOTO", "2025-01-01T00:00:00Z");
    expect((await api.getAsset(boat.id)).body).toMatchObject({ coverPhotoId: first.id, componentCount: 1 });
    expect((await api.getAsset(kept.id)).body).toMatchObject({ coverPhotoId: keptPhoto.id });

    expect((await api.deleteAsset(boat.id, { components: "delete" })).status).toBe(200);
    for (const file of [receipt, later, first, motorPhoto]) expect(await stored(file.storageKey)).toBe(false);
    expect(await stored(keptPhoto.storageKey)).toBe(true);
  });
});

describe("asset validation", () => {
  it.each([
    [{ name: "" }, "name"],
    [{ name: "   " }, "name"],
    [{}, "name"],
    [{ name: "x", purchaseDate: "31/05/2026" }, "purchaseDate"],
    [{ name: "x", priceMinor: -1 }, "priceMinor"],
    [{ name: "x", priceMinor: 1.5 }, "priceMinor"],
    [{ name: "x", currency: "EURO" }, "currency"],
    [{ name: "x", status: "LOST" }, "status"],
    [{ name: "x", visibility: "PUBLIC" }, "visibility"],
    [{ name: "x", quantity: 0 }, "quantity"],
    [{ name: "x", customFields: [{ label: "", value: "v" }] }, "customFields.0.label"],
    [{ name: "x", tagIds: ["nope"] }, "tagIds.0"],
    [{ name: "x", locationId: "nope" }, "locationId"],
  ])("refuses %j with 422 on %s", async (body, path) => {
    const result = await api.createAsset(body);
    expect(result.status).toBe(422);
    expect(problem(result).errors?.[0]?.path).toBe(path);
  });

  it("refuses tags, locations, parents and members of another household with 422 and the field path", async () => {
    const other = apiAs(await createHouseholdOwner("other"));
    const [theirTag, theirLocation, theirAsset] = [
      await newTag(other, "Theirs"),
      await newLocation(other, "Their house"),
      await newAsset(other, { name: "Their car" }),
    ];
    const outsider = await createHouseholdOwner("outsider");
    const mine = await newTag(api, "Mine");
    const cases: [Record<string, unknown>, string][] = [
      [{ tagIds: [mine.id, theirTag.id] }, "tagIds.1"],
      [{ locationId: theirLocation.id }, "locationId"],
      [{ parentId: theirAsset.id }, "parentId"],
      [{ visibility: "SHARED", sharedWithUserIds: [owner.auth.userId, outsider.auth.userId] }, "sharedWithUserIds.1"],
    ];
    for (const [fields, path] of cases) {
      const created = await api.createAsset({ name: "x", ...fields });
      expect(created.status, path).toBe(422);
      expect(problem(created).errors?.map((e) => e.path)).toEqual([path]);
    }
    const asset = await newAsset(api, { name: "Patched" });
    const patched = await api.updateAsset(asset.id, { locationId: theirLocation.id });
    expect(patched.status).toBe(422);
    expect(problem(patched).errors?.[0]?.path).toBe("locationId");
  });

  it("refuses a body that is not JSON", async () => {
    expect((await api.createAsset(undefined)).status).toBe(415);
  });
});

describe("asset visibility", () => {
  let member: TestMember;
  let friend: TestMember;

  beforeAll(async () => {
    member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "member");
    friend = await addHouseholdMember(owner.auth.householdId, "MEMBER", "friend");
  });

  it("hides a PRIVATE asset from other members everywhere", async () => {
    const secret = await newAsset(api, { name: "Diary", visibility: "PRIVATE" });
    const them = apiAs(member);
    expect((await them.getAsset(secret.id)).status).toBe(404);
    expect((await them.updateAsset(secret.id, { name: "Read" })).status).toBe(404);
    expect((await them.deleteAsset(secret.id)).status).toBe(404);
    expect((await them.assetTree(secret.id)).status).toBe(404);
    const listed = await them.listAssets({ limit: 100 });
    expect((listed.body as { items: TAssetOut[] }).items.map((a) => a.id)).not.toContain(secret.id);
    expect((await api.getAsset(secret.id)).status).toBe(200);
  });

  it("shows a SHARED asset to the named members only", async () => {
    const shared = await newAsset(api, {
      name: "Jewellery",
      visibility: "SHARED",
      sharedWithUserIds: [friend.auth.userId, owner.auth.userId],
    });
    expect(shared.sharedWithUserIds).toEqual([friend.auth.userId]);
    expect((await apiAs(friend).getAsset(shared.id)).status).toBe(200);
    expect((await apiAs(member).getAsset(shared.id)).status).toBe(404);
  });

  it("lets only the owner change who sees an asset, while others may still edit it", async () => {
    const shared = await newAsset(api, { name: "Bike", visibility: "SHARED", sharedWithUserIds: [friend.auth.userId] });
    const asFriend = apiAs(friend);
    const widened = await asFriend.updateAsset(shared.id, { visibility: "HOUSEHOLD" });
    expect(widened.status).toBe(403);
    const renamed = await asFriend.updateAsset(shared.id, {
      name: "Road bike",
      visibility: "SHARED",
      sharedWithUserIds: [friend.auth.userId],
    });
    expect(renamed.status).toBe(200);
    const narrowed = await api.updateAsset(shared.id, { visibility: "PRIVATE" });
    expect(narrowed.body).toMatchObject({ visibility: "PRIVATE", sharedWithUserIds: [] });
    expect((await asFriend.getAsset(shared.id)).status).toBe(404);
  });
});
