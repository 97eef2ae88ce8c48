import { describe, expect, it } from "vitest";
import { parseTaskListParams, taskListSearch } from "./task-views";

const ASSET = "0b5e6f1c-2d3a-4b5c-8d7e-9f0a1b2c3d4e";

describe("task list params", () => {
  it("reads the view and the asset filter, ignoring what it does not know", () => {
    expect(parseTaskListParams({})).toEqual({ view: "mine", assetId: null });
    expect(parseTaskListParams({ view: "byAsset", assetId: ASSET })).toEqual({ view: "byAsset", assetId: ASSET });
    expect(parseTaskListParams({ view: "nonsense", assetId: "not-a-uuid" })).toEqual({ view: "mine", assetId: null });
    expect(parseTaskListParams({ view: ["overdue", "soon"], assetId: [ASSET.toUpperCase()] })).toEqual({ view: "overdue", assetId: ASSET });
  });

  it("writes the query string back, leaving out the defaults", () => {
    expect(taskListSearch({ view: "mine", assetId: null })).toBe("");
    expect(taskListSearch({ view: "household", assetId: ASSET })).toBe(`?view=household&assetId=${ASSET}`);
    expect(taskListSearch({ view: "mine", assetId: ASSET })).toBe(`?assetId=${ASSET}`);
  });

  it("round-trips", () => {
    const params = { view: "byAsset", assetId: ASSET } as const;
    expect(parseTaskListParams(Object.fromEntries(new URLSearchParams(taskListSearch(params))))).toEqual(params);
  });
});
