"use client";

import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { useEffect, useMemo, useState } from "react";
import { ASSET_STATUSES, type TListAssetsQuery } from "@/lib/assets/schemas";
import { errorMessage } from "@/lib/client/api";
import { useAssetList } from "@/lib/client/hooks/assets";
import { useLocations } from "@/lib/client/hooks/locations";
import { useTags } from "@/lib/client/hooks/tags";
import type { AssetListFilters } from "@/lib/client/query-keys";
import { PageHeader } from "@/components/app-shell/page-header";
import { useCan } from "@/components/app-shell/membership";
import { ErrorAlert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { BoxIcon, FilterIcon, PlusIcon, SearchIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/input";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { AssetRow } from "./asset-row";
import { statusLabel } from "./warranty-badges";
import { useDebouncedValue } from "./use-debounced-value";

export interface AssetListParams {
  q: string;
  locationId: string;
  tagId: string;
  status: string;
  warranty: string;
  sort: string;
}

const SORTS = [
  { value: "createdAt:desc", label: "Newest first" },
  { value: "createdAt:asc", label: "Oldest first" },
  { value: "name:asc", label: "Name A–Z" },
  { value: "name:desc", label: "Name Z–A" },
  { value: "purchaseDate:desc", label: "Recently purchased" },
  { value: "warrantyExpiresOn:asc", label: "Warranty ends soonest" },
  { value: "price:desc", label: "Price, highest first" },
  { value: "price:asc", label: "Price, lowest first" },
] as const;

const DEFAULT_SORT = "createdAt:desc";

function toQuery(params: AssetListParams, q: string): AssetListFilters {
  const [sort, order] = (SORTS.some((s) => s.value === params.sort) ? params.sort : DEFAULT_SORT).split(":") as [
    NonNullable<TListAssetsQuery["sort"]>,
    "asc" | "desc",
  ];
  const status = (ASSET_STATUSES as readonly string[]).includes(params.status) ? (params.status as TListAssetsQuery["status"]) : undefined;
  const warranty = Number(params.warranty);
  return {
    q: q.trim() || undefined,
    locationId: params.locationId || undefined,
    tagId: params.tagId || undefined,
    status,
    warrantyWithinDays: Number.isInteger(warranty) && warranty > 0 ? warranty : undefined,
    sort,
    order,
  };
}

/** Keeps the filters in the address bar so they survive reloads and can be shared. */
function syncUrl(params: AssetListParams) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value && !(key === "sort" && value === DEFAULT_SORT)) search.set(key, value);
  }
  const qs = search.toString();
  window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
}

export function AssetListView({ initial }: { initial: AssetListParams }) {
  const [params, setParams] = useState<AssetListParams>(initial);
  const debouncedQ = useDebouncedValue(params.q, 300);
  const filters = useMemo(() => toQuery(params, debouncedQ), [params, debouncedQ]);
  const list = useAssetList(filters);
  const locations = useLocations();
  const tags = useTags();
  const canWrite = useCan("asset:write");

  useEffect(() => syncUrl({ ...params, q: debouncedQ }), [params, debouncedQ]);

  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = [params.locationId, params.tagId, params.status, params.warranty].filter(Boolean).length;
  const set = (key: keyof AssetListParams) => (event: { target: { value: string } }) =>
    setParams((p) => ({ ...p, [key]: event.target.value }));
  const hasFilters = Boolean(params.q || params.locationId || params.tagId || params.status || params.warranty);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const searching = list.isFetching && !list.isFetchingNextPage;

  const sortedLocations = useMemo(() => [...(locations.data ?? [])].sort((a, b) => a.path.localeCompare(b.path)), [locations.data]);

  let announcement = "";
  if (list.isSuccess && !list.isPlaceholderData) {
    announcement =
      items.length === 0 ? "No assets found" : `${items.length}${list.hasNextPage ? "+" : ""} asset${items.length === 1 ? "" : "s"} shown`;
  }

  return (
    <>
      <PageHeader
        title="Assets"
        description="Everything your household keeps track of."
        actions={
          canWrite ? (
            <ButtonLink href="/assets/new">
              <PlusIcon className="size-4" />
              Add asset
            </ButtonLink>
          ) : null
        }
      />

      <search className="mb-4 flex flex-col gap-3">
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" />
          <Field label="Search assets" labelHidden>
            <Input
              type="search"
              value={params.q}
              onChange={set("q")}
              placeholder="Search by name, brand, model, serial, notes or tag"
              className="pl-9"
              autoComplete="off"
              enterKeyHint="search"
            />
          </Field>
        </div>
        <Button
          variant="outline"
          size="sm"
          className="w-fit sm:hidden"
          aria-expanded={filtersOpen}
          aria-controls="asset-filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          <FilterIcon className="size-4" />
          {filtersOpen ? "Hide filters" : activeFilters > 0 ? `Filters and sort (${activeFilters})` : "Filters and sort"}
        </Button>
        <div id="asset-filters" className={cn("grid-cols-2 gap-2 sm:grid sm:grid-cols-3 lg:grid-cols-5", filtersOpen ? "grid" : "hidden")}>
          <Field label="Location">
            <Select value={params.locationId} onChange={set("locationId")}>
              <option value="">All locations</option>
              {sortedLocations.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.path}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Tag">
            <Select value={params.tagId} onChange={set("tagId")}>
              <option value="">All tags</option>
              {(tags.data ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Status">
            <Select value={params.status} onChange={set("status")}>
              <option value="">Any status</option>
              {ASSET_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Warranty">
            <Select value={params.warranty} onChange={set("warranty")}>
              <option value="">Any warranty</option>
              <option value="30">Ends within 30 days</option>
              <option value="60">Ends within 60 days</option>
              <option value="90">Ends within 90 days</option>
            </Select>
          </Field>
          <Field label="Sort by" className="col-span-2 sm:col-span-1">
            <Select value={params.sort || DEFAULT_SORT} onChange={set("sort")}>
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </search>

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {list.isPending ? (
        <LoadingBlock label="Loading assets">
          <Card className="flex flex-col gap-4 p-4">
            {[0, 1, 2, 3, 4].map((i) => (
              <div key={i} className="flex items-center gap-3">
                <Skeleton className="size-14 rounded-xl" />
                <div className="flex flex-1 flex-col gap-2">
                  <Skeleton className="h-4 w-1/2" />
                  <Skeleton className="h-3 w-1/3" />
                </div>
              </div>
            ))}
          </Card>
        </LoadingBlock>
      ) : list.isError && items.length === 0 ? (
        <QueryErrorAlert title="Assets could not be loaded" query={list} />
      ) : items.length === 0 ? (
        hasFilters ? (
          <EmptyState
            icon={<SearchIcon />}
            title="No assets match"
            description="Try other words or fewer filters."
            action={
              <Button
                variant="outline"
                onClick={() => setParams({ q: "", locationId: "", tagId: "", status: "", warranty: "", sort: params.sort })}
              >
                Clear search and filters
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={<BoxIcon />}
            title="No assets yet"
            description="Add the things your household owns: with a photo, the receipt and the warranty date, you will always find them."
            action={
              canWrite ? (
                <ButtonLink href="/assets/new">
                  <PlusIcon className="size-4" />
                  Add your first asset
                </ButtonLink>
              ) : null
            }
          />
        )
      ) : (
        <div aria-busy={searching} className={searching ? "opacity-60 transition-opacity" : "transition-opacity"}>
          <Card className="px-4 py-2">
            <ul aria-label="Assets" className="divide-y divide-border">
              {items.map((asset) => (
                <li key={asset.id}>
                  <AssetRow asset={asset} />
                </li>
              ))}
            </ul>
          </Card>
          {list.hasNextPage ? (
            <div className="mt-4 flex justify-center">
              <Button variant="outline" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                Load more
              </Button>
            </div>
          ) : null}
          {list.isError ? <ErrorAlert className="mt-4">{errorMessage(list.error)}</ErrorAlert> : null}
        </div>
      )}
    </>
  );
}
