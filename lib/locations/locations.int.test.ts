import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { apiAs, newAsset, newLocation, problem, type Api } from "@/lib/assets/test-kit";
import type { TLocationOut } from "./schemas";

let owner: TestMember;
let api: Api;

beforeAll(async () => {
  owner = await createHouseholdOwner("locations");
  api = apiAs(owner);
});

describe("locations", () => {
  it("creates a hierarchy and lists it in tree order with paths and visible asset counts", async () => {
    const house = await newLocation(api, "House");
    const created = await api.createLocation({ name: " Garage ", parentId: house.id });
    expect(created.status).toBe(201);
    const garage = created.body as TLocationOut;
    expect(created.headers.get("location")).toBe(`/api/locations/${garage.id}`);
    expect(garage).toEqual({ id: garage.id, name: "Garage", parentId: house.id, path: "House > Garage", assetCount: 0 });
    const shelf = await newLocation(api, "Shelf 2", garage.id);
    const attic = await newLocation(api, "Attic", house.id);
    await newAsset(api, { name: "Drill", locationId: shelf.id });
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    await newAsset(apiAs(member), { name: "Private saw", locationId: shelf.id, visibility: "PRIVATE" });

    const listed = (await api.listLocations()).body as TLocationOut[];
    expect(listed.map((l) => l.path)).toEqual(["House", "House > Attic", "House > Garage", "House > Garage > Shelf 2"]);
    expect(listed.find((l) => l.id === shelf.id)?.assetCount).toBe(1);
    expect(((await apiAs(member).listLocations()).body as TLocationOut[]).find((l) => l.id === shelf.id)?.assetCount).toBe(2);
    expect((await api.getLocation(attic.id)).body).toEqual({
      id: attic.id,
      name: "Attic",
      parentId: house.id,
      path: "House > Attic",
      assetCount: 0,
    });
  });

  it("renames and moves a location, and asset paths follow", async () => {
    const home = await newLocation(api, "Home");
    const cellar = await newLocation(api, "Cellar");
    const rack = await newLocation(api, "Rack", cellar.id);
    const wine = await newAsset(api, { name: "Wine", locationId: rack.id });
    expect(wine.location?.path).toBe("Cellar > Rack");
    const moved = await api.updateLocation(cellar.id, { name: "Basement", parentId: home.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ name: "Basement", parentId: home.id, path: "Home > Basement" });
    expect((await api.getAsset(wine.id)).body).toMatchObject({ location: { id: rack.id, name: "Rack", path: "Home > Basement > Rack" } });
    expect((await api.updateLocation(cellar.id, { parentId: null })).body).toMatchObject({ parentId: null, path: "Basement" });
  });

  it("refuses cycles and parents from elsewhere with 422 on parentId", async () => {
    const a = await newLocation(api, "A");
    const b = await newLocation(api, "B", a.id);
    const c = await newLocation(api, "C", b.id);
    const foreign = await newLocation(apiAs(await createHouseholdOwner("elsewhere")), "Foreign");
    for (const [id, parentId] of [
      [a.id, a.id],
      [a.id, c.id],
      [b.id, c.id],
      [a.id, foreign.id],
    ]) {
      const result = await api.updateLocation(id as string, { parentId });
      expect(result.status).toBe(422);
      expect(problem(result).errors?.[0]?.path).toBe("parentId");
    }
    const create = await api.createLocation({ name: "X", parentId: foreign.id });
    expect(create.status).toBe(422);
    expect(problem(create).errors?.[0]?.path).toBe("parentId");
    expect((await api.getLocation(a.id)).body).toMatchObject({ parentId: null });
  });

  it("validates names with 422 and answers 404 for unknown and malformed ids", async () => {
    const empty = await api.createLocation({ name: "" });
    expect(empty.status).toBe(422);
    expect(problem(empty).errors?.[0]?.path).toBe("name");
    for (const id of ["0195f0c2-7a3e-7c1a-9b1e-3c4d5e6f7a8b", "nope"]) {
      expect((await api.getLocation(id)).status).toBe(404);
      expect((await api.updateLocation(id, { name: "x" })).status).toBe(404);
      expect((await api.deleteLocation(id)).status).toBe(404);
    }
  });

  it("deletes an empty location", async () => {
    const empty = await newLocation(api, "Empty");
    expect((await api.deleteLocation(empty.id)).status).toBe(204);
    expect((await api.getLocation(empty.id)).status).toBe(404);
  });

  it("refuses to delete a location with sub-locations or assets unless forced, then moves children up and unassigns assets", async () => {
    const house = await newLocation(api, "Big house");
    const garage = await newLocation(api, "Big garage", house.id);
    const shelf = await newLocation(api, "Big shelf", garage.id);
    const car = await newAsset(api, { name: "Car", locationId: garage.id });
    const refused = await api.deleteLocation(garage.id);
    expect(refused.status).toBe(409);
    expect(problem(refused).detail).toContain("1 sub-location and 1 asset");
    expect((await api.deleteLocation(garage.id, { force: false })).status).toBe(409);

    expect((await api.deleteLocation(garage.id, { force: true })).status).toBe(204);
    expect((await api.getLocation(shelf.id)).body).toMatchObject({ parentId: house.id, path: "Big house > Big shelf" });
    expect((await api.getAsset(car.id)).body).toMatchObject({ location: null });
    expect(await db().location.count({ where: { id: garage.id } })).toBe(0);
  });
});
