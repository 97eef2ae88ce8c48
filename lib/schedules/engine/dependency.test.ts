import { describe, expect, it } from "vitest";
import {
  assertNoDependencyCycle,
  DependencyCycleError,
  dependencyDueDate,
  detectCycle,
  formatCyclePath,
  type DependencyEdge,
} from "./dependency";
import { computeNextDue, previewOccurrences } from "./next-due";
import { schedule } from "./test-helpers";
import type { TScheduleRule } from "./types";

const edge = (dependent: string, prerequisite: string): DependencyEdge => ({ dependent, prerequisite });

describe("dependency due date", () => {
  it("waits until the prerequisite is completed", () => {
    expect(dependencyDueDate({ offsetDays: 2 }, null)).toBeNull();
    expect(dependencyDueDate({ offsetDays: 2 }, undefined)).toBeNull();
  });

  it("is due the offset after the prerequisite's completion", () => {
    expect(dependencyDueDate({}, "2024-05-10")).toBe("2024-05-10");
    expect(dependencyDueDate({ offsetDays: 2 }, "2024-05-10")).toBe("2024-05-12");
    expect(dependencyDueDate({ offsetDays: 30 }, "2024-02-15")).toBe("2024-03-16");
  });

  it("waits again once done after the prerequisite's last completion", () => {
    expect(dependencyDueDate({ offsetDays: 2 }, "2024-05-10", "2024-05-12")).toBeNull();
    expect(dependencyDueDate({ offsetDays: 2 }, "2024-05-10", "2024-05-10")).toBeNull();
    expect(dependencyDueDate({ offsetDays: 2 }, "2024-05-10", "2024-04-01")).toBe("2024-05-12");
  });

  it("goes through computeNextDue with adjustments", () => {
    const rule: TScheduleRule = { kind: "AFTER_SCHEDULE", scheduleId: "deep-clean", offsetDays: 1 };
    const s = schedule(rule, { businessDaysOnly: true });
    expect(computeNextDue(s, { today: "2024-05-01" })).toEqual({ status: "WAITING", reason: "PREREQUISITE_NOT_COMPLETED" });
    // Friday + 1 = Saturday → Monday.
    expect(computeNextDue(s, { today: "2024-06-07", prerequisiteCompletedOn: "2024-06-07" })).toMatchObject({
      status: "SCHEDULED",
      dueOn: "2024-06-10",
      ruleDueOn: "2024-06-08",
      trigger: "DEPENDENCY",
    });
    // The preview has one occurrence: the next one waits for another prerequisite completion.
    expect(previewOccurrences(s, "2024-06-07", 5, { prerequisiteCompletedOn: "2024-06-07" }).map((o) => o.dueOn)).toEqual(["2024-06-10"]);
  });
});

describe("cycle detection", () => {
  const edges = [edge("b", "a"), edge("c", "b"), edge("d", "c"), edge("x", "a")];

  it("accepts edges that keep the graph acyclic", () => {
    expect(detectCycle(edges, edge("e", "d"))).toBeNull();
    expect(detectCycle(edges, edge("d", "a"))).toBeNull();
    expect(detectCycle([], edge("a", "b"))).toBeNull();
  });

  it("refuses a self-dependency", () => {
    expect(detectCycle(edges, edge("a", "a"))).toEqual(["a", "a"]);
  });

  it("refuses a direct cycle", () => {
    expect(detectCycle([edge("a", "b")], edge("b", "a"))).toEqual(["b", "a", "b"]);
  });

  it("returns the path of a longer cycle", () => {
    // a waits for d, d → c → b → a already.
    expect(detectCycle(edges, edge("a", "d"))).toEqual(["a", "d", "c", "b", "a"]);
  });

  it("reports a shortest cycle when there are several", () => {
    const more = [...edges, edge("d", "a")];
    expect(detectCycle(more, edge("a", "d"))).toEqual(["a", "d", "a"]);
  });

  it("copes with long chains without recursion", () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => edge(`n${i + 1}`, `n${i}`));
    const cycle = detectCycle(chain, edge("n0", "n50000"));
    expect(cycle?.length).toBe(50_002);
    expect(cycle?.[0]).toBe("n0");
    expect(cycle?.at(-1)).toBe("n0");
  });

  it("throws a readable error", () => {
    const names: Record<string, string> = { a: "Deep clean", b: "Reseal grout" };
    expect(formatCyclePath(["b", "a", "b"], (id) => names[id] ?? id)).toBe("Reseal grout → Deep clean → Reseal grout");
    expect(() => assertNoDependencyCycle([edge("b", "a")], edge("a", "b"), (id) => names[id] ?? id)).toThrow(
      new DependencyCycleError(["a", "b", "a"], (id) => names[id] ?? id),
    );
    expect(() => assertNoDependencyCycle([edge("b", "a")], edge("a", "b"))).toThrow("This dependency would create a cycle: a → b → a");
    expect(() => assertNoDependencyCycle(edges, edge("y", "x"))).not.toThrow();
  });
});
