"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TAssetOut, TDeleteAssetQuery } from "@/lib/assets/schemas";
import { errorMessage } from "@/lib/client/api";
import { useDeleteAsset } from "@/lib/client/hooks/assets";
import { ErrorAlert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";

type Choice = TDeleteAssetQuery["components"];

/**
 * Confirms a delete. An asset with components must say what happens to them, so the
 * dialog asks: move them to the top level, up to this asset's parent, or delete them too.
 * Mount it to open it.
 */
export function DeleteAssetDialog({ asset, onClose }: { asset: TAssetOut; onClose: () => void }) {
  const router = useRouter();
  const { toast } = useToast();
  const remove = useDeleteAsset();
  const [choice, setChoice] = useState<Choice>("detach");
  const count = asset.componentCount;
  const them = count === 1 ? "it" : "them";

  const options: { value: Choice; label: string; description: string }[] = [
    {
      value: "detach",
      label: `Keep ${them} as separate assets`,
      description: `The component${count === 1 ? " becomes a" : "s become"} top-level asset${count === 1 ? "" : "s"}.`,
    },
    ...(asset.parentId
      ? [
          {
            value: "reparent" as const,
            label: `Move ${them} up`,
            description: `The component${count === 1 ? "" : "s"} move${count === 1 ? "s" : ""} to this asset’s parent.`,
          },
        ]
      : []),
    {
      value: "delete",
      label: `Delete ${them} too`,
      description: `The component${count === 1 ? "" : "s"}, ${count === 1 ? "its" : "their"} parts and all files go as well.`,
    },
  ];

  async function confirm() {
    try {
      await remove.mutateAsync({ id: asset.id, components: count > 0 ? choice : "detach" });
      toast(`Deleted “${asset.name}”`);
      router.push(asset.parentId ? `/assets/${asset.parentId}` : "/assets");
    } catch {
      // Shown in the dialog from the mutation state.
    }
  }

  return (
    <ConfirmDialog
      title={`Delete “${asset.name}”?`}
      description="Its photos, receipts and other files are deleted with it. This cannot be undone."
      confirmLabel="Delete asset"
      pending={remove.isPending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      {count > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-sm font-medium">
            It has {count === 1 ? "1 component" : `${count} components`}. What should happen to {them}?
          </legend>
          {options.map((o) => (
            <label
              key={o.value}
              className={cn(
                "flex cursor-pointer items-start gap-3 rounded-xl border p-3 text-sm",
                choice === o.value
                  ? o.value === "delete"
                    ? "border-danger bg-danger-soft"
                    : "border-primary bg-primary/5"
                  : "border-border",
              )}
            >
              <input
                type="radio"
                name="components"
                value={o.value}
                checked={choice === o.value}
                onChange={() => setChoice(o.value)}
                className="mt-0.5 size-4 accent-primary"
              />
              <span className="flex flex-col">
                <span className="font-medium">{o.label}</span>
                <span className="text-xs text-muted">{o.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {remove.isError ? <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert> : null}
    </ConfirmDialog>
  );
}
