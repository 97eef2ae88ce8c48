import { describe, expect, it } from "vitest";
import { buildLocationChains, buildLocationPaths, compareChains, descendantLocationIds, type LocationNode } from "./location-paths";

const tree: LocationNode[] = [
  { id: "shelf", name: "Shelf 2", parentId: "garage" },
  { id: "house", name: "House", parentId: null },
  { id: "garage", name: "Garage", parentId: "house" },
  { id: "attic", name: "Attic", parentId: "house" },
  { id: "shed", name: "Shed", parentId: null },
];

describe("buildLocationPaths", () => {
  it("joins ancestor names from the root down", () => {
    const paths = buildLocationPaths(tree);
    expect(paths.get("shelf")).toBe("House > Garage > Shelf 2");
    expect(paths.get("garage")).toBe("House > Garage");
    expect(paths.get("shed")).toBe("Shed");
  });

  it("stops at a missing parent and at a cycle instead of looping", () => {
    const paths = buildLocationPaths([
      { id: "a", name: "A", parentId: "b" },
      { id: "b", name: "B", parentId: "a" },
      { id: "orphan", name: "Orphan", parentId: "gone" },
    ]);
    expect(paths.get("a")).toBe("B > A");
    expect(paths.get("orphan")).toBe("Orphan");
  });
});

describe("descendantLocationIds", () => {
  it("includes the location and every level below it", () => {
    expect(descendantLocationIds(tree, "house").sort()).toEqual(["attic", "garage", "house", "shelf"]);
    expect(descendantLocationIds(tree, "shelf")).toEqual(["shelf"]);
  });

  it("is empty for an unknown location", () => {
    expect(descendantLocationIds(tree, "nowhere")).toEqual([]);
  });
});

describe("compareChains", () => {
  it("puts parents before their children and siblings in name order", () => {
    const chains = buildLocationChains([...tree, { id: "annex", name: "House Annex", parentId: null }]);
    const ordered = [...chains.entries()].sort(([, a], [, b]) => compareChains(a, b)).map(([id]) => id);
    expect(ordered).toEqual(["house", "attic", "garage", "shelf", "annex", "shed"]);
  });
});
