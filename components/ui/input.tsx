"use client";

import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { useFieldControl } from "./field";

const CONTROL =
  "w-full min-w-0 rounded-lg border border-input bg-surface px-3 text-base text-fg shadow-xs transition-colors placeholder:text-muted/70 sm:text-sm " +
  "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring focus-visible:border-ring " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-danger";

/** Props that wire a control to its Field: id, aria-describedby, aria-invalid, required. */
function useControlProps(props: { id?: string; "aria-describedby"?: string; required?: boolean }) {
  const field = useFieldControl();
  if (!field) return {};
  return {
    id: props.id ?? field.id,
    "aria-describedby": [field.describedBy, props["aria-describedby"]].filter(Boolean).join(" ") || undefined,
    "aria-invalid": field.invalid || undefined,
    required: props.required ?? (field.required || undefined),
  };
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  const wired = useControlProps(props);
  return <input className={cn(CONTROL, "h-11 sm:h-10", className)} {...props} {...wired} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  const wired = useControlProps(props);
  return <textarea className={cn(CONTROL, "min-h-24 py-2", className)} {...props} {...wired} />;
}

export function Select({ className, children, ...props }: ComponentProps<"select">) {
  const wired = useControlProps(props);
  return (
    <select className={cn(CONTROL, "h-11 appearance-auto pr-8 sm:h-10", className)} {...props} {...wired}>
      {children}
    </select>
  );
}

interface CheckboxProps extends Omit<ComponentProps<"input">, "type"> {
  label: ReactNode;
  description?: ReactNode;
}

/** A checkbox with its label wrapped around it, so the whole row is the hit target. */
export function Checkbox({ label, description, className, ...props }: CheckboxProps) {
  return (
    <label className={cn("flex cursor-pointer items-start gap-3 rounded-lg py-1.5 text-sm", className)}>
      <input
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 rounded border-input accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        {...props}
      />
      <span className="flex flex-col">
        <span className="font-medium">{label}</span>
        {description ? <span className="text-xs text-muted">{description}</span> : null}
      </span>
    </label>
  );
}
