import Link from "next/link";
import type { TAssetOut } from "@/lib/assets/schemas";
import { formatMoney } from "@/lib/client/format";
import { TagBadge } from "@/components/ui/badge";
import { ChevronRightIcon, MapPinIcon } from "@/components/ui/icons";
import { AssetThumb } from "./asset-thumb";
import { StatusBadge, WarrantyBadges } from "./warranty-badges";

/** One asset as a tappable row: thumbnail, name, where it is, and what needs attention. */
export function AssetRow({ asset }: { asset: TAssetOut }) {
  return (
    <Link
      href={`/assets/${asset.id}`}
      className="group -mx-2 flex items-center gap-3 rounded-xl px-2 py-2.5 hover:bg-surface-2 focus-visible:outline-2 focus-visible:outline-ring"
    >
      <AssetThumb coverPhotoId={asset.coverPhotoId} className="size-14" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex items-center gap-2">
          <span className="truncate font-medium">{asset.name}</span>
          <StatusBadge status={asset.status} />
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
          {asset.location ? (
            <span className="inline-flex min-w-0 items-center gap-1">
              <MapPinIcon className="size-3 shrink-0" />
              <span className="truncate">{asset.location.path}</span>
            </span>
          ) : null}
          {asset.priceMinor !== null && asset.currency ? (
            <span className="tabular-nums">{formatMoney(asset.priceMinor, asset.currency)}</span>
          ) : null}
          {asset.componentCount > 0 ? (
            <span>{asset.componentCount === 1 ? "1 component" : `${asset.componentCount} components`}</span>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-1 empty:hidden">
          <WarrantyBadges asset={asset} compact />
          {asset.tags.slice(0, 3).map((tag) => (
            <TagBadge key={tag.id} name={tag.name} color={tag.color} />
          ))}
        </div>
      </div>
      <ChevronRightIcon className="size-5 shrink-0 text-muted group-hover:text-fg" />
    </Link>
  );
}
