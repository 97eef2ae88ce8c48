import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { addDays, todayIn } from "@/lib/core/calendar-date";
import type { TAssetOut } from "./schemas";
import { apiAs, newAsset, newLocation, newTag, page, problem, type Api } from "./test-kit";

let owner: TestMember;
let api: Api;

beforeAll(async () => {
  owner = await createHouseholdOwner("lister");
  api = apiAs(owner);
});

const names = (items: TAssetOut[]) => items.map((a) => a.name).sort();

describe("search", () => {
  beforeAll(async () => {
    const outdoor = await newTag(api, "Outdoor");
    await newAsset(api, { name: "Lawn Mower", manufacturer: "Honda", model: "HRX217", serialNumber: "MZCG-8000123", tagIds: [outdoor.id] });
    await newAsset(api, { name: "Leaf Blower", manufacturer: "Stihl", notes: "Needs 50% fuel mix", tagIds: [outdoor.id] });
    await newAsset(api, { name: "Generator", manufacturer: "Honda", model: "EU2200i", notes: "50 hours on the clock" });
    await newAsset(api, { name: "Snow_Blower", manufacturer: "Toro" });
  });

  it.each([
    ["honda", ["Generator", "Lawn Mower"]],
    ["HRX217", ["Lawn Mower"]],
    ["8000123", ["Lawn Mower"]],
    ["outdoor", ["Lawn Mower", "Leaf Blower"]],
    ["fuel", ["Leaf Blower"]],
    ["honda eu2200", ["Generator"]],
    ["blower  outdoor", ["Leaf Blower"]],
    ["50%", ["Leaf Blower"]],
    ["w_b", ["Snow_Blower"]],
    ["honda stihl", []],
  ])("q=%j finds %j", async (q, expected) => {
    expect(names((await page(api, { q, limit: 100 })).items)).toEqual(expected);
  });
});

describe("filters", () => {
  it("filters by location including every location below it", async () => {
    const house = await newLocation(api, "House");
    const garage = await newLocation(api, "Garage", house.id);
    const shelf = await newLocation(api, "Shelf", garage.id);
    const shed = await newLocation(api, "Shed");
    await newAsset(api, { name: "In house", locationId: house.id });
    await newAsset(api, { name: "On shelf", locationId: shelf.id });
    await newAsset(api, { name: "In shed", locationId: shed.id });
    expect(names((await page(api, { locationId: house.id })).items)).toEqual(["In house", "On shelf"]);
    expect(names((await page(api, { locationId: garage.id })).items)).toEqual(["On shelf"]);
    expect((await page(api, { locationId: "0195f0c2-7a3e-7c1a-9b1e-3c4d5e6f7a8b" })).items).toEqual([]);
  });

  it("filters by tag and by status", async () => {
    const fragile = await newTag(api, "Fragile");
    await newAsset(api, { name: "Vase", tagIds: [fragile.id], status: "ARCHIVED" });
    await newAsset(api, { name: "Mirror", tagIds: [fragile.id] });
    expect(names((await page(api, { tagId: fragile.id })).items)).toEqual(["Mirror", "Vase"]);
    expect(names((await page(api, { tagId: fragile.id, status: "ARCHIVED" })).items)).toEqual(["Vase"]);
  });

  it("filters warranties expiring within N days, counting either warranty and not lifetime ones", async () => {
    const tag = await newTag(api, "Warranty test");
    const today = todayIn("UTC");
    const make = (name: string, fields: Record<string, unknown>) => newAsset(api, { name, tagIds: [tag.id], ...fields });
    await make("Primary today", { warrantyExpiresOn: today });
    await make("Primary in 30", { warrantyExpiresOn: addDays(today, 30) });
    await make("Primary in 31", { warrantyExpiresOn: addDays(today, 31) });
    await make("Expired yesterday", { warrantyExpiresOn: addDays(today, -1) });
    await make("Lifetime", { warrantyExpiresOn: addDays(today, 5), warrantyLifetime: true });
    await make("Lifetime with second", { warrantyLifetime: true, secondaryWarrantyExpiresOn: addDays(today, 10) });
    await make("Second only", { warrantyExpiresOn: addDays(today, 400), secondaryWarrantyExpiresOn: addDays(today, 20) });
    await make("None", {});
    expect(names((await page(api, { tagId: tag.id, warrantyWithinDays: 30 })).items)).toEqual([
      "Lifetime with second",
      "Primary in 30",
      "Primary today",
      "Second only",
    ]);
    expect(names((await page(api, { tagId: tag.id, warrantyWithinDays: 0 })).items)).toEqual(["Primary today"]);
  });

  it("filters components of a parent and top-level assets", async () => {
    const tag = await newTag(api, "Tree filter");
    const car = await newAsset(api, { name: "Car", tagIds: [tag.id] });
    const engine = await newAsset(api, { name: "Engine", parentId: car.id, tagIds: [tag.id] });
    await newAsset(api, { name: "Spark plug", parentId: engine.id, tagIds: [tag.id] });
    expect(names((await page(api, { parentId: car.id })).items)).toEqual(["Engine"]);
    expect(names((await page(api, { tagId: tag.id, topLevel: true })).items)).toEqual(["Car"]);
    expect(names((await page(api, { tagId: tag.id, topLevel: false })).items)).toEqual(["Car", "Engine", "Spark plug"]);
    const listedCar = (await page(api, { tagId: tag.id, topLevel: true })).items[0];
    expect(listedCar?.componentCount).toBe(1);
  });

  it("refuses bad query parameters with 422 and the parameter's name", async () => {
    for (const [query, path] of [
      [{ sort: "colour" }, "sort"],
      [{ order: "sideways" }, "order"],
      [{ limit: 0 }, "limit"],
      [{ limit: 101 }, "limit"],
      [{ status: "LOST" }, "status"],
      [{ tagId: "nope" }, "tagId"],
      [{ warrantyWithinDays: -1 }, "warrantyWithinDays"],
      [{ cursor: "garbage" }, "cursor"],
    ] as const) {
      const result = await api.listAssets(query);
      expect(result.status, path).toBe(422);
      expect(problem(result).errors?.[0]?.path).toBe(path);
    }
  });
});

describe("sorting and cursor pagination", () => {
  let tagId: string;
  let all: TAssetOut[];

  beforeAll(async () => {
    tagId = (await newTag(api, "Paged")).id;
    // Plenty of ties and missing values: equal names, prices, dates and creation instants.
    await Promise.all(
      Array.from({ length: 23 }, (_, i) =>
        newAsset(api, {
          name: `Item ${String(i % 7).padStart(2, "0")}`,
          tagIds: [tagId],
          priceMinor: i % 4 === 0 ? null : (i % 5) * 1000,
          purchaseDate: i % 3 === 0 ? null : `2024-0${(i % 4) + 1}-15`,
          warrantyExpiresOn: i % 2 === 0 ? null : `2027-01-0${(i % 3) + 1}`,
        }),
      ),
    );
    const some = await db().asset.findMany({
      where: { householdId: owner.auth.householdId, tags: { some: { tagId } } },
      take: 8,
      select: { id: true },
    });
    await db().asset.updateMany({
      where: { id: { in: some.map((a) => a.id) } },
      data: { createdAt: new Date("2025-06-01T12:00:00.000Z") },
    });
    all = (await page(api, { tagId, limit: 100 })).items;
    expect(all).toHaveLength(23);
  });

  const keyOf = (asset: TAssetOut, sort: string): string | number | null => {
    switch (sort) {
      case "price":
        return asset.priceMinor;
      case "name":
        return asset.name;
      case "purchaseDate":
        return asset.purchaseDate;
      case "warrantyExpiresOn":
        return asset.warrantyExpiresOn;
      default:
        return asset.createdAt;
    }
  };

  /** Missing values last, then the key in the requested order, then the id in the same order. */
  function compare(a: TAssetOut, b: TAssetOut, sort: string, order: "asc" | "desc"): number {
    const [ka, kb] = [keyOf(a, sort), keyOf(b, sort)];
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else if (ka !== kb) {
      const byKey = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka) < String(kb) ? -1 : 1;
      return order === "asc" ? byKey : -byKey;
    }
    return (a.id < b.id ? -1 : 1) * (order === "asc" ? 1 : -1);
  }

  it.each([
    ["createdAt", "desc"],
    ["createdAt", "asc"],
    ["name", "asc"],
    ["name", "desc"],
    ["purchaseDate", "asc"],
    ["purchaseDate", "desc"],
    ["warrantyExpiresOn", "asc"],
    ["price", "desc"],
    ["price", "asc"],
  ] as const)("walks every page sorted by %s %s with no duplicates or gaps", async (sort, order) => {
    const seen: TAssetOut[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const result = await page(api, { tagId, sort, order, limit: 4, cursor });
      expect(result.items.length).toBeLessThanOrEqual(4);
      seen.push(...result.items);
      cursor = result.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBe(6);
    expect(new Set(seen.map((a) => a.id)).size).toBe(23);
    const expected = [...all].sort((a, b) => compare(a, b, sort, order)).map((a) => a.id);
    expect(seen.map((a) => a.id)).toEqual(expected);
  });

  it("ends with a null cursor exactly when the last item has been served", async () => {
    const full = await page(api, { tagId, limit: 23 });
    expect(full.items).toHaveLength(23);
    expect(full.nextCursor).toBeNull();
  });

  it("refuses a cursor from another sorting", async () => {
    const first = await page(api, { tagId, sort: "name", limit: 2 });
    const result = await api.listAssets({ tagId, sort: "price", cursor: first.nextCursor ?? "" });
    expect(result.status).toBe(422);
    expect(problem(result).errors?.[0]?.path).toBe("cursor");
  });
});
