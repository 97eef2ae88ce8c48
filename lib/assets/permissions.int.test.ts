/**
 * Who may call what: VIEWERs read but never write (403), and members of another
 * household learn nothing about this one's records (404, exactly like a missing id).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { apiAs, newAsset, newLocation, newTag, type Api } from "./test-kit";
import { visibleAssetsSql } from "@/lib/core/visibility/visible-assets-sql";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";
import type { TAssetOut } from "./schemas";
import type { TLocationOut } from "@/lib/locations/schemas";
import type { TTagWithCount } from "@/lib/tags/schemas";

let owner: TestMember;
let asset: TAssetOut;
let location: TLocationOut;
let tag: TTagWithCount;

beforeAll(async () => {
  owner = await createHouseholdOwner("perm");
  const api = apiAs(owner);
  [location, tag] = [await newLocation(api, "Hall"), await newTag(api, "Hallway")];
  asset = await newAsset(api, { name: "Coat rack", locationId: location.id, tagIds: [tag.id] });
});

type Call = [label: string, run: (api: Api) => Promise<{ status: number }>];

const reads = (): Call[] => [
  ["GET /assets", (api) => api.listAssets()],
  ["GET /assets/{id}", (api) => api.getAsset(asset.id)],
  ["GET /assets/{id}/tree", (api) => api.assetTree(asset.id)],
  ["GET /dashboard", (api) => api.dashboard()],
  ["GET /locations", (api) => api.listLocations()],
  ["GET /locations/{id}", (api) => api.getLocation(location.id)],
  ["GET /tags", (api) => api.listTags()],
  ["GET /tags/{id}", (api) => api.getTag(tag.id)],
];

const writes = (): Call[] => [
  ["POST /assets", (api) => api.createAsset({ name: "Umbrella" })],
  ["PATCH /assets/{id}", (api) => api.updateAsset(asset.id, { name: "Renamed" })],
  ["POST /assets/{id}/move", (api) => api.moveAsset(asset.id, { parentId: null })],
  ["DELETE /assets/{id}", (api) => api.deleteAsset(asset.id)],
  ["POST /locations", (api) => api.createLocation({ name: "Porch" })],
  ["PATCH /locations/{id}", (api) => api.updateLocation(location.id, { name: "Renamed" })],
  ["DELETE /locations/{id}", (api) => api.deleteLocation(location.id, { force: true })],
  ["POST /tags", (api) => api.createTag({ name: "New" })],
  ["PATCH /tags/{id}", (api) => api.updateTag(tag.id, { name: "Renamed" })],
  ["DELETE /tags/{id}", (api) => api.deleteTag(tag.id)],
];

describe("permission matrix", () => {
  it("a VIEWER gets 200 on every read and 403 on every write", async () => {
    const viewer = apiAs(await addHouseholdMember(owner.auth.householdId, "VIEWER"));
    for (const [label, run] of reads()) expect((await run(viewer)).status, label).toBe(200);
    for (const [label, run] of writes()) expect((await run(viewer)).status, label).toBe(403);
    expect((await apiAs(owner).getAsset(asset.id)).body).toMatchObject({ name: "Coat rack" });
    expect(await db().tag.count({ where: { householdId: owner.auth.householdId } })).toBe(1);
  });

  it("a member of another household gets 404 on this household's asset, location and tag", async () => {
    const stranger = apiAs(await createHouseholdOwner("stranger"));
    const byId = [...reads(), ...writes()].filter(([label]) => label.includes("{id}"));
    expect(byId).toHaveLength(11);
    for (const [label, run] of byId) expect((await run(stranger)).status, label).toBe(404);
    const listed = (await stranger.listAssets()).body as { items: unknown[] };
    expect(listed.items).toEqual([]);
    expect((await apiAs(owner).getAsset(asset.id)).body).toMatchObject({
      name: "Coat rack",
      location: { id: location.id },
      tags: [{ id: tag.id }],
    });
  });

  it("answers 401 without a token", async () => {
    expect((await apiAs({ authorization: "" }).listAssets()).status).toBe(401);
  });
});

describe("visibleAssetsSql", () => {
  it("selects exactly the rows visibleAssetsWhere selects, for every kind of member", async () => {
    const householdId = owner.auth.householdId;
    const [alice, bob] = [await addHouseholdMember(householdId, "MEMBER", "alice"), await addHouseholdMember(householdId, "MEMBER", "bob")];
    await newAsset(apiAs(alice), { name: "Alice private", visibility: "PRIVATE" });
    await newAsset(apiAs(alice), { name: "Alice to Bob", visibility: "SHARED", sharedWithUserIds: [bob.auth.userId] });
    await newAsset(apiAs(alice), { name: "Alice shared with nobody", visibility: "SHARED" });
    await newAsset(apiAs(bob), { name: "Bob household" });
    await newAsset(apiAs(await createHouseholdOwner("next-door")), { name: "Next door" });
    for (const member of [owner, alice, bob]) {
      const viaPrisma = await db().asset.findMany({ where: visibleAssetsWhere(member.auth), select: { id: true } });
      const viaSql = await db().$queryRaw<{ id: string }[]>`SELECT a.id FROM "Asset" a WHERE ${visibleAssetsSql(member.auth, "a")}`;
      expect(viaSql.map((r) => r.id).sort()).toEqual(viaPrisma.map((r) => r.id).sort());
    }
    const bobSees = await db().$queryRaw<
      { name: string }[]
    >`SELECT a.name FROM "Asset" a WHERE ${visibleAssetsSql(bob.auth, "a")} ORDER BY a.name`;
    expect(bobSees.map((r) => r.name)).toEqual(["Alice to Bob", "Bob household", "Coat rack"]);
  });
});
