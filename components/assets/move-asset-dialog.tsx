"use client";

import { useId, useState } from "react";
import { useAssetList, useMoveAsset } from "@/lib/client/hooks/assets";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { useDebouncedValue } from "./use-debounced-value";

interface MoveAssetDialogProps {
  asset: { id: string; name: string; parentId: string | null };
  /** The asset itself and its components: never a valid new parent. */
  excludeIds: ReadonlySet<string>;
  open: boolean;
  onClose: () => void;
}

const TOP_LEVEL = "__top__";

/** Picks a new parent for an asset by searching, or moves it to the top level. */
export function MoveAssetDialog({ asset, excludeIds, open, onClose }: MoveAssetDialogProps) {
  const { toast } = useToast();
  const move = useMoveAsset();
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<string>(asset.parentId ?? TOP_LEVEL);
  const q = useDebouncedValue(query, 250);
  const results = useAssetList({ q: q.trim() || undefined, sort: "name", order: "asc", limit: 20 });
  const candidates = (results.data?.pages.flatMap((p) => p.items) ?? []).filter((a) => !excludeIds.has(a.id));
  const groupId = useId();
  // No input of its own: a refused parent ("parentId", e.g. a cycle) is shown above the list.
  const { formError: moveError, pending, submit } = useFormSubmit({ fields: [] });

  function confirm() {
    const parentId = selected === TOP_LEVEL ? null : selected;
    void submit(async () => {
      await move.mutateAsync({ id: asset.id, parentId });
      const target = candidates.find((c) => c.id === parentId);
      toast(parentId ? `Moved “${asset.name}” into “${target?.name ?? "the chosen asset"}”` : `“${asset.name}” is now a top-level asset`);
      onClose();
    });
  }

  return (
    <Dialog
      open={open}
      onClose={() => {
        if (!pending) onClose();
      }}
      title={`Move “${asset.name}”`}
      description="Choose the asset it is a part of, or make it a top-level asset."
      footer={
        <>
          <Button variant="outline" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button onClick={confirm} loading={pending} disabled={selected === (asset.parentId ?? TOP_LEVEL)}>
            Move
          </Button>
        </>
      }
    >
      <Field label="Find the new parent">
        <Input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search assets" autoComplete="off" />
      </Field>
      <div role="radiogroup" aria-labelledby={`${groupId}-label`} className="flex max-h-72 flex-col gap-1 overflow-y-auto">
        <p id={`${groupId}-label`} className="sr-only">
          New parent
        </p>
        {[
          { id: TOP_LEVEL, name: "No parent (top level)", path: null as string | null },
          ...candidates.map((c) => ({ id: c.id, name: c.name, path: c.location?.path ?? null })),
        ].map((option) => (
          <label
            key={option.id}
            className={cn(
              "flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-sm",
              selected === option.id ? "border-primary bg-primary/5" : "border-transparent hover:bg-surface-2",
            )}
          >
            <input
              type="radio"
              name={`${groupId}-parent`}
              value={option.id}
              checked={selected === option.id}
              onChange={() => setSelected(option.id)}
              className="size-4 accent-primary"
            />
            <span className="flex min-w-0 flex-col">
              <span className="truncate font-medium">{option.name}</span>
              {option.path ? <span className="truncate text-xs text-muted">{option.path}</span> : null}
            </span>
          </label>
        ))}
        {results.isFetching ? (
          <span className="flex items-center gap-2 px-3 py-2 text-sm text-muted">
            <Spinner className="size-4" /> Searching…
          </span>
        ) : candidates.length === 0 ? (
          <p className="px-3 py-2 text-sm text-muted">No other assets match.</p>
        ) : null}
      </div>
      {moveError ? <ErrorAlert>{moveError}</ErrorAlert> : null}
    </Dialog>
  );
}
