"use client";

import { useId } from "react";
import { cn } from "@/components/ui/cn";

export const TAG_COLORS = ["#64748b", "#ef4444", "#f97316", "#eab308", "#22c55e", "#14b8a6", "#3b82f6", "#8b5cf6", "#ec4899"] as const;

const NAMES: Record<string, string> = {
  "#64748b": "Slate",
  "#ef4444": "Red",
  "#f97316": "Orange",
  "#eab308": "Yellow",
  "#22c55e": "Green",
  "#14b8a6": "Teal",
  "#3b82f6": "Blue",
  "#8b5cf6": "Violet",
  "#ec4899": "Pink",
};

/** Preset swatches as a radio group, plus the native picker for any other colour. */
export function ColorPicker({ value, onChange, error }: { value: string; onChange: (color: string) => void; error?: string }) {
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1.5 text-sm font-medium">Colour</legend>
      <div className="flex flex-wrap items-center gap-2">
        {TAG_COLORS.map((color) => (
          <label
            key={color}
            className={cn(
              "relative grid size-8 cursor-pointer place-items-center rounded-full border-2",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
              value.toLowerCase() === color ? "border-fg" : "border-transparent",
            )}
          >
            <input
              type="radio"
              name={`${id}-color`}
              value={color}
              checked={value.toLowerCase() === color}
              onChange={() => onChange(color)}
              className="sr-only"
            />
            <span aria-hidden className="size-6 rounded-full" style={{ backgroundColor: color }} />
            <span className="sr-only">{NAMES[color]}</span>
          </label>
        ))}
        <label className="ml-1 flex items-center gap-2 text-sm text-muted">
          <input
            type="color"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            className="h-8 w-10 cursor-pointer rounded-md border border-input bg-surface p-0.5 focus-visible:outline-2 focus-visible:outline-ring"
          />
          Custom colour
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
