"use client";

import type { TAssetOut } from "@/lib/assets/schemas";
import { todayIn, warrantyStatus } from "@/lib/client/format";
import { useAccount } from "@/lib/client/hooks/account";
import { Badge } from "@/components/ui/badge";
import { useClientValue } from "@/components/ui/use-client-value";
import { ShieldIcon } from "@/components/ui/icons";

/** "Today" for warranty badges is the household's date, as the server computes it. */
export function useHouseholdToday(): string {
  const timeZone = useAccount().data?.activeHousehold.timeZone;
  return useClientValue(() => todayIn(timeZone), todayIn(timeZone ?? "UTC"));
}

type WarrantyFields = Pick<TAssetOut, "warrantyExpiresOn" | "warrantyLifetime" | "secondaryWarrantyExpiresOn" | "secondaryWarrantyLabel">;

export function WarrantyBadges({ asset, compact = false }: { asset: WarrantyFields; compact?: boolean }) {
  const today = useHouseholdToday();
  const primary = warrantyStatus(asset.warrantyExpiresOn, asset.warrantyLifetime, today);
  const secondary = warrantyStatus(asset.secondaryWarrantyExpiresOn, false, today);
  // In lists only the warranty that needs attention is worth the space.
  const showSecondary = secondary && (!compact || secondary.tone === "warning" || secondary.tone === "danger");
  if (!primary && !showSecondary) return null;
  return (
    <>
      {primary ? (
        <Badge tone={primary.tone}>
          <ShieldIcon className="size-3" />
          {primary.label}
        </Badge>
      ) : null}
      {showSecondary && secondary ? (
        <Badge tone={secondary.tone}>
          <ShieldIcon className="size-3" />
          {asset.secondaryWarrantyLabel ? `${asset.secondaryWarrantyLabel}: ` : "Second warranty: "}
          {secondary.label.replace(/^Warranty /, "").replace(/^Under warranty$/, "active")}
        </Badge>
      ) : null}
    </>
  );
}

const STATUS_LABELS: Record<TAssetOut["status"], string> = {
  ACTIVE: "Active",
  ARCHIVED: "Archived",
  SOLD: "Sold",
  DISPOSED: "Disposed",
};

export function statusLabel(status: TAssetOut["status"]): string {
  return STATUS_LABELS[status];
}

export function StatusBadge({ status }: { status: TAssetOut["status"] }) {
  if (status === "ACTIVE") return null;
  return <Badge tone="neutral">{STATUS_LABELS[status]}</Badge>;
}
