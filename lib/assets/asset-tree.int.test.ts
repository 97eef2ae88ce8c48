import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import type { TAssetOut, TAssetTreeNode } from "./schemas";
import { apiAs, newAsset, problem, type Api } from "./test-kit";

let owner: TestMember;
let api: Api;

beforeAll(async () => {
  owner = await createHouseholdOwner("tree");
  api = apiAs(owner);
});

/** car > engine > (piston, plug > electrode), car > wheel */
async function buildCar(prefix: string) {
  const car = await newAsset(api, { name: `${prefix} car` });
  const engine = await newAsset(api, { name: `${prefix} engine`, parentId: car.id });
  const wheel = await newAsset(api, { name: `${prefix} wheel`, parentId: car.id });
  const piston = await newAsset(api, { name: `${prefix} piston`, parentId: engine.id });
  const plug = await newAsset(api, { name: `${prefix} plug`, parentId: engine.id });
  const electrode = await newAsset(api, { name: `${prefix} electrode`, parentId: plug.id });
  return { car, engine, wheel, piston, plug, electrode };
}

const parentOf = async (id: string) => (await db().asset.findUnique({ where: { id }, select: { parentId: true } }))?.parentId;
const exists = async (id: string) => (await db().asset.count({ where: { id } })) === 1;

describe("component tree", () => {
  it("returns the whole tree to any depth, children by name", async () => {
    const { car, engine, wheel, piston, plug, electrode } = await buildCar("A");
    const result = await api.assetTree(car.id);
    expect(result.status).toBe(200);
    const node = (a: TAssetOut, components: TAssetTreeNode[] = []): TAssetTreeNode => ({
      id: a.id,
      name: a.name,
      status: "ACTIVE",
      components,
    });
    expect(result.body).toEqual(node(car, [node(engine, [node(piston), node(plug, [node(electrode)])]), node(wheel)]));
    expect((await api.assetTree(engine.id)).body).toMatchObject({ id: engine.id, components: [{ id: piston.id }, { id: plug.id }] });
    expect((await api.getAsset(car.id)).body).toMatchObject({ componentCount: 2 });
  });

  it("leaves out components the caller may not see, and does not count them", async () => {
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "tree-member");
    const shared = await newAsset(api, { name: "Shared radio" });
    const secret = await newAsset(apiAs(member), { name: "Secret part", parentId: shared.id, visibility: "PRIVATE" });
    await newAsset(apiAs(member), { name: "Inside secret", parentId: secret.id });
    expect((await api.assetTree(shared.id)).body).toEqual({ id: shared.id, name: "Shared radio", status: "ACTIVE", components: [] });
    expect((await api.getAsset(shared.id)).body).toMatchObject({ componentCount: 0 });
    expect((await apiAs(member).assetTree(shared.id)).body).toMatchObject({
      components: [{ name: "Secret part", components: [{ name: "Inside secret" }] }],
    });
  });
});

describe("moving components", () => {
  it("moves a component under another parent, with its own components, and back to the top", async () => {
    const { car, engine, plug, electrode } = await buildCar("B");
    const moved = await api.moveAsset(plug.id, { parentId: car.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: plug.id, parentId: car.id });
    expect(await parentOf(electrode.id)).toBe(plug.id);
    expect((await api.getAsset(engine.id)).body).toMatchObject({ componentCount: 1 });
    expect((await api.moveAsset(plug.id, { parentId: null })).body).toMatchObject({ parentId: null });
    expect((await api.updateAsset(plug.id, { parentId: engine.id })).body).toMatchObject({ parentId: engine.id });
  });

  it("refuses to move an asset under itself or one of its descendants", async () => {
    const { car, engine, electrode } = await buildCar("C");
    for (const [id, parentId] of [
      [car.id, car.id],
      [car.id, engine.id],
      [car.id, electrode.id],
      [engine.id, electrode.id],
    ] as const) {
      const result = await api.moveAsset(id, { parentId });
      expect(result.status).toBe(422);
      expect(problem(result).errors?.[0]?.path).toBe("parentId");
      expect(problem(result).detail).toMatch(/itself|its own components/);
    }
    const viaPatch = await api.updateAsset(car.id, { parentId: electrode.id });
    expect(viaPatch.status).toBe(422);
    expect(await parentOf(car.id)).toBeNull();
  });

  it("refuses a parent from another household or one the caller cannot see", async () => {
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "hider");
    const hidden = await newAsset(apiAs(member), { name: "Hidden", visibility: "PRIVATE" });
    const foreign = await newAsset(apiAs(await createHouseholdOwner("foreign")), { name: "Foreign" });
    const asset = await newAsset(api, { name: "Lonely" });
    for (const parentId of [hidden.id, foreign.id]) {
      const result = await api.moveAsset(asset.id, { parentId });
      expect(result.status).toBe(422);
      expect(problem(result).errors?.[0]?.path).toBe("parentId");
    }
    expect((await api.moveAsset(asset.id, { parentId: "nope" })).status).toBe(422);
  });

  it("never builds a cycle from two concurrent opposite moves", async () => {
    const a = await newAsset(api, { name: "Race A" });
    const b = await newAsset(api, { name: "Race B" });
    const results = await Promise.all([api.moveAsset(a.id, { parentId: b.id }), api.moveAsset(b.id, { parentId: a.id })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
  });
});

describe("deleting a parent", () => {
  it("detaches components by default: they become top-level", async () => {
    const { car, engine, wheel, piston } = await buildCar("D");
    const result = await api.deleteAsset(car.id);
    expect(result.body).toEqual({ deletedAssetIds: [car.id] });
    expect(await parentOf(engine.id)).toBeNull();
    expect(await parentOf(wheel.id)).toBeNull();
    expect(await parentOf(piston.id)).toBe(engine.id);
  });

  it("reparents components to the deleted asset's parent", async () => {
    const { car, engine, piston, plug, electrode } = await buildCar("E");
    const result = await api.deleteAsset(engine.id, { components: "reparent" });
    expect(result.body).toEqual({ deletedAssetIds: [engine.id] });
    expect(await parentOf(piston.id)).toBe(car.id);
    expect(await parentOf(plug.id)).toBe(car.id);
    expect(await parentOf(electrode.id)).toBe(plug.id);
  });

  it("deletes the whole subtree, returning every deleted id, and keeps hidden components of others", async () => {
    const { car, engine, wheel, piston, plug, electrode } = await buildCar("F");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "keeper");
    const theirs = await newAsset(apiAs(member), { name: "Their private part", parentId: plug.id, visibility: "PRIVATE" });
    const result = await api.deleteAsset(car.id, { components: "delete" });
    expect(result.status).toBe(200);
    const deleted = (result.body as { deletedAssetIds: string[] }).deletedAssetIds;
    expect([...deleted].sort()).toEqual([car, engine, wheel, piston, plug, electrode].map((a) => a.id).sort());
    for (const id of deleted) expect(await exists(id)).toBe(false);
    expect(await parentOf(theirs.id)).toBeNull();
  });

  it("refuses an unknown components mode with 422", async () => {
    const asset = await newAsset(api, { name: "Stays" });
    const result = await api.deleteAsset(asset.id, { components: "shred" });
    expect(result.status).toBe(422);
    expect(problem(result).errors?.[0]?.path).toBe("components");
    expect(await exists(asset.id)).toBe(true);
  });
});
