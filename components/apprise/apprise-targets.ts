/** Pure rules of the Apprise settings section: grouping, who may act on what, and what a test said. */
import type { TAppriseTargetOut, TAppriseTestOut } from "@/lib/apprise/schemas";

export interface AppriseTargetGroups {
  mine: TAppriseTargetOut[];
  household: TAppriseTargetOut[];
}

const byLabel = (a: TAppriseTargetOut, b: TAppriseTargetOut) => a.label.localeCompare(b.label) || a.createdAt.localeCompare(b.createdAt);

/** Your own targets and the household's, each sorted by label (the API orders by id, which means nothing to people). */
export function groupAppriseTargets(targets: readonly TAppriseTargetOut[]): AppriseTargetGroups {
  return {
    mine: targets.filter((t) => t.scope === "me").sort(byLabel),
    household: targets.filter((t) => t.scope === "household").sort(byLabel),
  };
}

/** Mirrors the API: your own targets are yours to test and delete; the household's need household:update. */
export function canManageAppriseTarget(target: Pick<TAppriseTargetOut, "scope">, canManageHousehold: boolean): boolean {
  return target.scope === "me" || canManageHousehold;
}

/** How many targets "Send test to all" reaches: the same set the API sends to when no targetId is given. */
export function manageableTargetCount(groups: AppriseTargetGroups, canManageHousehold: boolean): number {
  return groups.mine.length + (canManageHousehold ? groups.household.length : 0);
}

/** The sentence shown (and announced) after a test: what happened, and Apprise's own words. */
export function describeTestResult(result: TAppriseTestOut, what: string): string {
  return result.ok ? `Test notification sent to ${what}. ${result.detail}.` : `Test notification to ${what} failed: ${result.detail}`;
}
