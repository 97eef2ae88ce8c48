import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { apiAs, newAsset, newTag, page, problem, type Api } from "@/lib/assets/test-kit";
import type { TTagWithCount } from "./schemas";

let owner: TestMember;
let api: Api;

beforeAll(async () => {
  owner = await createHouseholdOwner("tags");
  api = apiAs(owner);
});

const searchTextOf = async (id: string) => (await db().asset.findUniqueOrThrow({ where: { id }, select: { searchText: true } })).searchText;

describe("tags", () => {
  it("creates, reads, recolours and lists tags by name with visible asset counts", async () => {
    const created = await api.createTag({ name: "Electronics", color: "#22C55E" });
    expect(created.status).toBe(201);
    const electronics = created.body as TTagWithCount;
    expect(created.headers.get("location")).toBe(`/api/tags/${electronics.id}`);
    expect(electronics).toEqual({ id: electronics.id, name: "Electronics", color: "#22c55e", assetCount: 0 });
    const appliances = await newTag(api, "Appliances");
    expect(appliances.color).toBe("#64748b");
    await newAsset(api, { name: "TV", tagIds: [electronics.id] });
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    await newAsset(apiAs(member), { name: "Private phone", tagIds: [electronics.id], visibility: "PRIVATE" });

    const listed = (await api.listTags()).body as TTagWithCount[];
    expect(listed.map((t) => [t.name, t.assetCount])).toEqual([
      ["Appliances", 0],
      ["Electronics", 1],
    ]);
    expect((await apiAs(member).getTag(electronics.id)).body).toMatchObject({ assetCount: 2 });
    expect((await api.updateTag(electronics.id, { color: "#000000" })).body).toEqual({ ...electronics, color: "#000000", assetCount: 1 });
  });

  it("refuses a duplicate name, ignoring case, with 409 on name", async () => {
    const garden = await newTag(api, "Garden");
    for (const name of ["Garden", "GARDEN"]) {
      const result = await api.createTag({ name });
      expect(result.status).toBe(409);
      expect(problem(result).errors?.[0]?.path).toBe("name");
    }
    const other = await newTag(api, "Yard");
    expect((await api.updateTag(other.id, { name: "garden" })).status).toBe(409);
    expect((await api.updateTag(garden.id, { name: "garden" })).body).toMatchObject({ name: "garden" });
    const elsewhere = apiAs(await createHouseholdOwner("elsewhere"));
    expect((await elsewhere.createTag({ name: "Garden" })).status).toBe(201);
  });

  it("validates name and colour with 422 and answers 404 for unknown and malformed ids", async () => {
    for (const [body, path] of [
      [{ name: "" }, "name"],
      [{ name: "Red", color: "red" }, "color"],
    ] as const) {
      const result = await api.createTag(body);
      expect(result.status).toBe(422);
      expect(problem(result).errors?.[0]?.path).toBe(path);
    }
    for (const id of ["0195f0c2-7a3e-7c1a-9b1e-3c4d5e6f7a8b", "nope"]) {
      expect((await api.getTag(id)).status).toBe(404);
      expect((await api.updateTag(id, { name: "x" })).status).toBe(404);
      expect((await api.deleteTag(id)).status).toBe(404);
    }
  });

  it("renaming a tag updates what searches find", async () => {
    const tag = await newTag(api, "Heirloom");
    const clock = await newAsset(api, { name: "Clock", tagIds: [tag.id] });
    expect((await page(api, { q: "heirloom" })).items.map((a) => a.id)).toEqual([clock.id]);
    await api.updateTag(tag.id, { name: "Antique" });
    expect(await searchTextOf(clock.id)).toBe("clock antique");
    expect((await page(api, { q: "heirloom" })).items).toEqual([]);
    expect((await page(api, { q: "antique" })).items.map((a) => a.id)).toEqual([clock.id]);
  });

  it("deleting a tag untags its assets and updates their searchText", async () => {
    const tag = await newTag(api, "Temporary");
    const keep = await newTag(api, "Keeper");
    const box = await newAsset(api, { name: "Box", tagIds: [tag.id, keep.id] });
    expect((await api.deleteTag(tag.id)).status).toBe(204);
    expect(await searchTextOf(box.id)).toBe("box keeper");
    expect((await api.getAsset(box.id)).body).toMatchObject({ tags: [{ id: keep.id, name: "Keeper" }] });
    expect((await api.getTag(tag.id)).status).toBe(404);
  });
});
