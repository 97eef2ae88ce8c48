"use client";

import { useMemo } from "react";
import { useAssetDirectory } from "@/lib/client/hooks/asset-directory";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { assetPath } from "./task-groups";

/** Narrows every task view to one asset. A native select: keyboard, screen readers and phones know it. */
export function AssetFilter({ value, onChange }: { value: string | null; onChange: (assetId: string | null) => void }) {
  const directory = useAssetDirectory();
  // Labelled by parent path and sorted by it, so components sit right under their parent.
  const options = useMemo(() => {
    const entries = directory.data ?? [];
    const byId = new Map(entries.map((e) => [e.id, e]));
    return entries
      .map((e) => ({ id: e.id, label: (assetPath(e.id, byId) ?? [e.name]).join(" › ") }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [directory.data]);
  // A linked asset the directory does not list (still loading, or beyond its cap) stays selectable.
  const unlisted = value !== null && !options.some((o) => o.id === value);

  return (
    <Field label="Asset" className="w-full sm:w-72" error={directory.isError ? "Assets could not be loaded" : undefined}>
      <Select value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">All assets</option>
        {unlisted ? <option value={value}>{directory.isPending ? "Loading…" : "The linked asset"}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
