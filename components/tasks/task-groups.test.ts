import { describe, expect, it } from "vitest";
import { assetPath, groupTasksByAsset, type AssetNode, type GroupableTask } from "./task-groups";

const TODAY = "2026-06-10";

function task(id: string, assetId: string | null, dueOn: string | null, extra: Partial<GroupableTask> = {}): GroupableTask {
  return { id, assetId, dueOn, status: "OPEN", trigger: dueOn ? "DATE" : "USAGE", ...extra };
}

const noLead = () => 0;
const ids = (groups: ReturnType<typeof groupTasksByAsset>) => groups.map((g) => [g.assetId, g.tasks.map((t) => t.task.id)]);

describe("groupTasksByAsset", () => {
  it("groups tasks under their asset, most urgent group first, tasks most urgent first", () => {
    const groups = groupTasksByAsset(
      [task("a1", "A", "2026-07-01"), task("b1", "B", "2026-06-20"), task("a2", "A", "2026-06-05"), task("b2", "B", null)],
      TODAY,
      noLead,
    );
    expect(ids(groups)).toEqual([
      ["A", ["a2", "a1"]],
      ["B", ["b1", "b2"]],
    ]);
    expect(groups[0]?.tasks[0]?.urgency).toMatchObject({ level: "overdue", label: "Overdue by 5 days" });
  });

  it("puts the household chores without an asset last, however urgent they are", () => {
    const groups = groupTasksByAsset(
      [task("c1", null, "2026-06-01"), task("a1", "A", "2026-08-01"), task("b1", "B", "2026-07-01")],
      TODAY,
      noLead,
    );
    expect(groups.map((g) => g.assetId)).toEqual(["B", "A", null]);
  });

  it("ranks by urgency level before date: a task within its lead time beats an earlier one that is not", () => {
    const lead = (t: GroupableTask) => (t.id === "a1" ? 7 : 0);
    const groups = groupTasksByAsset([task("b1", "B", "2026-06-13"), task("a1", "A", "2026-06-15")], TODAY, lead);
    expect(groups.map((g) => [g.assetId, g.tasks[0]?.urgency.level])).toEqual([
      ["A", "soon"],
      ["B", "later"],
    ]);
  });

  it("puts undated (usage) tasks after dated ones and breaks ties by id, so the order is stable", () => {
    const groups = groupTasksByAsset([task("z", "Z", null), task("y", "Y", "2026-06-30"), task("x", "X", "2026-06-30")], TODAY, noLead);
    expect(groups.map((g) => g.assetId)).toEqual(["X", "Y", "Z"]);
    expect(groups[2]?.tasks[0]?.urgency.label).toBe("Waits for usage");
  });

  it("returns no groups for no tasks", () => {
    expect(groupTasksByAsset([], TODAY, noLead)).toEqual([]);
  });
});

describe("assetPath", () => {
  const assets = new Map<string, AssetNode>([
    ["house", { name: "House", parentId: null }],
    ["heating", { name: "Heating", parentId: "house" }],
    ["boiler", { name: "Boiler", parentId: "heating" }],
    ["orphan", { name: "Orphan", parentId: "gone" }],
    ["loop-a", { name: "Loop A", parentId: "loop-b" }],
    ["loop-b", { name: "Loop B", parentId: "loop-a" }],
  ]);

  it("names the asset below its parents, top first", () => {
    expect(assetPath("boiler", assets)).toEqual(["House", "Heating", "Boiler"]);
    expect(assetPath("house", assets)).toEqual(["House"]);
  });

  it("stops at an unknown parent or a cycle, and knows nothing of an unknown asset", () => {
    expect(assetPath("orphan", assets)).toEqual(["Orphan"]);
    expect(assetPath("loop-a", assets)).toEqual(["Loop B", "Loop A"]);
    expect(assetPath("missing", assets)).toBeNull();
  });
});
