import { describe, expect, it } from "vitest";
import type { TAppriseTargetOut } from "@/lib/apprise/schemas";
import { canManageAppriseTarget, describeTestResult, groupAppriseTargets, manageableTargetCount } from "./apprise-targets";

const target = (label: string, scope: TAppriseTargetOut["scope"], createdAt = "2026-01-01T00:00:00.000Z"): TAppriseTargetOut => ({
  id: `00000000-0000-4000-8000-${label.padStart(12, "0").slice(-12)}`,
  label,
  scope,
  maskedUrl: "tgram://…",
  createdAt,
});

describe("groupAppriseTargets", () => {
  it("splits own and household targets, each sorted by label then age", () => {
    const groups = groupAppriseTargets([
      target("phone", "me"),
      target("Family", "household"),
      target("alarm", "me", "2026-02-01T00:00:00.000Z"),
      target("alarm", "me", "2026-01-01T00:00:00.000Z"),
      target("Cabin", "household"),
    ]);
    expect(groups.mine.map((t) => [t.label, t.createdAt.slice(0, 7)])).toEqual([
      ["alarm", "2026-01"],
      ["alarm", "2026-02"],
      ["phone", "2026-01"],
    ]);
    expect(groups.household.map((t) => t.label)).toEqual(["Cabin", "Family"]);
  });

  it("gives empty groups for no targets", () => {
    expect(groupAppriseTargets([])).toEqual({ mine: [], household: [] });
  });
});

describe("who may test and delete", () => {
  it("lets everyone manage their own targets and only household managers the household's", () => {
    expect(canManageAppriseTarget({ scope: "me" }, false)).toBe(true);
    expect(canManageAppriseTarget({ scope: "household" }, false)).toBe(false);
    expect(canManageAppriseTarget({ scope: "household" }, true)).toBe(true);
  });

  it("counts what 'send to all' reaches the way the API does", () => {
    const groups = groupAppriseTargets([target("a", "me"), target("b", "household"), target("c", "household")]);
    expect(manageableTargetCount(groups, false)).toBe(1);
    expect(manageableTargetCount(groups, true)).toBe(3);
  });
});

describe("describeTestResult", () => {
  it("says what was reached and passes Apprise's answer on", () => {
    expect(describeTestResult({ ok: true, detail: "Apprise API answered 200" }, "“Phone”")).toBe(
      "Test notification sent to “Phone”. Apprise API answered 200.",
    );
    expect(
      describeTestResult(
        {
          ok: false,
          detail: "The Apprise API server answered 424: could not notify tgram://…",
        },
        "all your Apprise URLs",
      ),
    ).toBe("Test notification to all your Apprise URLs failed: The Apprise API server answered 424: could not notify tgram://…");
  });
});
