"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import type { TAssetOut, TAssetTreeNode } from "@/lib/assets/schemas";
import { errorMessage } from "@/lib/client/api";
import { formatCalendarDate, formatMoney, warrantyStatus } from "@/lib/client/format";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { useMembers } from "@/lib/client/hooks/account";
import { useAsset, useAssetTree, useUpdateAsset } from "@/lib/client/hooks/assets";
import { useCan, useMembership } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge, TagBadge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ArchiveIcon, LayersIcon, MapPinIcon, PencilIcon, PlusIcon, TrashIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { MaintenanceCard } from "@/components/schedules/maintenance-card";
import { AssetThumb } from "./asset-thumb";
import { AttachmentsPanel } from "./attachments-panel";
import { ComponentTree, subtreeIds } from "./component-tree";
import { DeleteAssetDialog } from "./delete-asset-dialog";
import { MoveAssetDialog } from "./move-asset-dialog";
import { StatusBadge, WarrantyBadges, statusLabel, useHouseholdToday } from "./warranty-badges";

function DetailList({ items }: { items: [string, ReactNode][] }) {
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== "");
  if (shown.length === 0) return <p className="text-sm text-muted">Nothing recorded yet.</p>;
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {shown.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-xs font-medium tracking-wide text-muted uppercase">{label}</dt>
          <dd className="mt-0.5 text-sm break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const VISIBILITY_LABELS: Record<TAssetOut["visibility"], string> = {
  HOUSEHOLD: "Everyone in the household",
  PRIVATE: "Only the owner",
  SHARED: "The owner and selected members",
};

export function AssetDetailView({ initialAsset }: { initialAsset: TAssetOut }) {
  const query = useAsset(initialAsset.id, initialAsset);
  const asset = query.data ?? initialAsset;
  const canWrite = useCan("asset:write");
  const { userId } = useMembership();
  const parent = useAsset(asset.parentId);
  const tree = useAssetTree(asset.id);
  const update = useUpdateAsset(asset.id);
  const { toast } = useToast();
  const today = useHouseholdToday();
  const members = useMembers(asset.visibility === "SHARED");
  const [deleting, setDeleting] = useState(false);
  const [moving, setMoving] = useState<{ id: string; name: string; parentId: string | null; exclude: Set<string> } | null>(null);

  const archived = asset.status === "ARCHIVED";

  function toggleArchive() {
    update.mutate(
      { status: archived ? "ACTIVE" : "ARCHIVED" },
      {
        onSuccess: (saved) => toast(saved.status === "ARCHIVED" ? `Archived “${saved.name}”` : `Restored “${saved.name}”`),
        onError: (error) => toast(errorMessage(error), "error"),
      },
    );
  }

  function moveNode(node: TAssetTreeNode, parentId: string) {
    setMoving({ id: node.id, name: node.name, parentId, exclude: subtreeIds(node) });
  }

  function findParent(root: TAssetTreeNode, id: string): string | null {
    for (const child of root.components) {
      if (child.id === id) return root.id;
      const found = findParent(child, id);
      if (found) return found;
    }
    return null;
  }

  const price = asset.priceMinor !== null && asset.currency ? formatMoney(asset.priceMinor, asset.currency) : null;
  const primary = warrantyStatus(asset.warrantyExpiresOn, asset.warrantyLifetime, today);
  const secondary = warrantyStatus(asset.secondaryWarrantyExpiresOn, false, today);
  const sharedNames = asset.sharedWithUserIds
    .map((id) => members.data?.find((m) => m.userId === id)?.name)
    .filter((n): n is string => Boolean(n));

  return (
    <>
      <PageHeader
        back={parent.data ? { href: `/assets/${parent.data.id}`, label: parent.data.name } : { href: "/assets", label: "Assets" }}
        title={
          <span className="flex items-center gap-3">
            <AssetThumb coverPhotoId={asset.coverPhotoId} className="size-12 sm:size-14" />
            <span className="min-w-0">{asset.name}</span>
          </span>
        }
        description={
          <span className="mt-1 flex flex-wrap items-center gap-1.5">
            <StatusBadge status={asset.status} />
            <WarrantyBadges asset={asset} />
            {asset.tags.map((t) => (
              <TagBadge key={t.id} name={t.name} color={t.color} />
            ))}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <ButtonLink href={`/assets/${asset.id}/edit`} variant="primary" size="sm">
                <PencilIcon className="size-4" />
                Edit
              </ButtonLink>
              <ButtonLink href={`/assets/new?parentId=${asset.id}`} variant="outline" size="sm">
                <PlusIcon className="size-4" />
                Add component
              </ButtonLink>
              <Button variant="outline" size="sm" onClick={toggleArchive} loading={update.isPending}>
                {update.isPending ? null : <ArchiveIcon className="size-4" />}
                {archived ? "Restore" : "Archive"}
              </Button>
              <Button variant="danger-outline" size="sm" onClick={() => setDeleting(true)}>
                <TrashIcon className="size-4" />
                Delete
              </Button>
            </>
          ) : null
        }
      />

      {parent.data ? (
        <p className="-mt-3 mb-5 flex items-center gap-2 text-sm text-muted">
          <LayersIcon className="size-4" />
          <span>
            Component of{" "}
            <Link href={`/assets/${parent.data.id}`} className="font-medium text-primary hover:underline">
              {parent.data.name}
            </Link>
          </span>
        </p>
      ) : null}

      {query.isError ? (
        <ErrorAlert className="mb-5" title="This asset could not be refreshed">
          {errorMessage(query.error)}
        </ErrorAlert>
      ) : null}

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-5 lg:col-span-2">
          <CardSection id="details" title="Details">
            <div className="flex flex-col gap-5">
              {asset.description ? <p className="text-sm whitespace-pre-wrap">{asset.description}</p> : null}
              <DetailList
                items={[
                  ["Category", asset.category],
                  ["Manufacturer", asset.manufacturer],
                  ["Model", asset.model],
                  ["Serial number", asset.serialNumber ? <span className="font-mono">{asset.serialNumber}</span> : null],
                  ["Quantity", asset.quantity !== 1 ? String(asset.quantity) : null],
                  ["Purchase date", asset.purchaseDate ? formatCalendarDate(asset.purchaseDate) : null],
                  ["Price", price],
                  ["Vendor", asset.vendor],
                ]}
              />
            </div>
          </CardSection>

          <CardSection
            id="components"
            title="Components"
            description="Parts of this asset, like a filter of a fridge or the battery of a drill."
            action={
              canWrite ? (
                <ButtonLink href={`/assets/new?parentId=${asset.id}`} variant="outline" size="sm">
                  <PlusIcon className="size-4" />
                  Add component
                </ButtonLink>
              ) : null
            }
          >
            {tree.isPending ? (
              <div className="flex flex-col gap-2" aria-hidden>
                <Skeleton className="h-5 w-1/2" />
                <Skeleton className="h-5 w-1/3" />
              </div>
            ) : tree.isError ? (
              <ErrorAlert>{errorMessage(tree.error)}</ErrorAlert>
            ) : tree.data.components.length === 0 ? (
              <EmptyState
                icon={<LayersIcon />}
                title="No components"
                description="Add parts that have their own warranty, manual or upkeep."
                className="py-6"
              />
            ) : (
              <ComponentTree
                nodes={tree.data.components}
                onMove={canWrite ? (node) => moveNode(node, findParent(tree.data, node.id) ?? asset.id) : undefined}
              />
            )}
          </CardSection>

          <MaintenanceCard assetId={asset.id} />

          <AttachmentsPanel assetId={asset.id} />

          {asset.customFields.length > 0 ? (
            <CardSection id="custom" title="Custom fields">
              <DetailList items={asset.customFields.map((f, i) => [f.label || `Field ${i + 1}`, f.value || "—"] as [string, ReactNode])} />
            </CardSection>
          ) : null}

          {asset.notes ? (
            <CardSection id="notes" title="Notes">
              <p className="text-sm whitespace-pre-wrap">{asset.notes}</p>
            </CardSection>
          ) : null}
        </div>

        <div className="flex min-w-0 flex-col gap-5">
          <CardSection id="warranty" title="Warranty">
            <dl className="flex flex-col gap-3 text-sm">
              <div>
                <dt className="text-xs font-medium tracking-wide text-muted uppercase">Warranty</dt>
                <dd className="mt-1 flex flex-col items-start gap-1">
                  {asset.warrantyLifetime
                    ? "Lifetime"
                    : asset.warrantyExpiresOn
                      ? `Until ${formatCalendarDate(asset.warrantyExpiresOn)}`
                      : "None recorded"}
                  {primary ? <Badge tone={primary.tone}>{primary.label}</Badge> : null}
                </dd>
              </div>
              {asset.secondaryWarrantyExpiresOn || asset.secondaryWarrantyLabel ? (
                <div>
                  <dt className="text-xs font-medium tracking-wide text-muted uppercase">
                    {asset.secondaryWarrantyLabel ?? "Second warranty"}
                  </dt>
                  <dd className="mt-1 flex flex-col items-start gap-1">
                    {asset.secondaryWarrantyExpiresOn ? `Until ${formatCalendarDate(asset.secondaryWarrantyExpiresOn)}` : "No end date"}
                    {secondary ? <Badge tone={secondary.tone}>{secondary.label}</Badge> : null}
                  </dd>
                </div>
              ) : null}
            </dl>
          </CardSection>

          <CardSection id="where" title="Where and who">
            <dl className="flex flex-col gap-3 text-sm">
              <div>
                <dt className="text-xs font-medium tracking-wide text-muted uppercase">Location</dt>
                <dd className="mt-1 flex items-start gap-1.5">
                  {asset.location ? (
                    <>
                      <MapPinIcon className="mt-0.5 size-4 shrink-0 text-muted" />
                      <Link href={`/assets?locationId=${asset.location.id}`} className="text-primary hover:underline">
                        {asset.location.path}
                      </Link>
                    </>
                  ) : (
                    <span className="text-muted">No location</span>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-muted uppercase">Visible to</dt>
                <dd className="mt-1">
                  {VISIBILITY_LABELS[asset.visibility]}
                  {asset.visibility === "SHARED" && sharedNames.length > 0 ? `: ${sharedNames.join(", ")}` : null}
                  {asset.ownerId === userId ? <span className="text-muted"> (you own it)</span> : null}
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-muted uppercase">Status</dt>
                <dd className="mt-1">{statusLabel(asset.status)}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-muted uppercase">Added</dt>
                <dd className="mt-1">
                  <LocalDateTime iso={asset.createdAt} />
                </dd>
              </div>
            </dl>
            {canWrite ? (
              <Button
                variant="outline"
                size="sm"
                className="mt-4 w-full"
                onClick={() =>
                  setMoving({
                    id: asset.id,
                    name: asset.name,
                    parentId: asset.parentId,
                    exclude: tree.data ? subtreeIds(tree.data) : new Set([asset.id]),
                  })
                }
              >
                <LayersIcon className="size-4" />
                {asset.parentId ? "Move to another parent" : "Make it a component of…"}
              </Button>
            ) : null}
          </CardSection>
        </div>
      </div>

      {deleting ? <DeleteAssetDialog asset={asset} onClose={() => setDeleting(false)} /> : null}
      {moving ? (
        <MoveAssetDialog
          asset={{ id: moving.id, name: moving.name, parentId: moving.parentId }}
          excludeIds={moving.exclude}
          open
          onClose={() => setMoving(null)}
        />
      ) : null}
    </>
  );
}
