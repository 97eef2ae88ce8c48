"use client";

import { createContext, useContext, useId, type ReactNode } from "react";
import { cn } from "./cn";
import { Label } from "./label";

interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

const FieldContext = createContext<FieldControl | null>(null);

/** Inputs inside a Field pick up its id, aria-describedby (hint + error) and aria-invalid. */
export function useFieldControl(): FieldControl | null {
  return useContext(FieldContext);
}

interface FieldProps {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  /** Hide the label visually but keep it for assistive technology. */
  labelHidden?: boolean;
  children: ReactNode;
}

export function Field({ label, error, hint, required = false, className, labelHidden = false, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <FieldContext.Provider value={{ id, describedBy, invalid: Boolean(error), required }}>
      <div className={cn("flex min-w-0 flex-col gap-1.5", className)}>
        {/* The asterisk stays outside the <label> so the field's name is just its label. */}
        <div className={cn("flex items-baseline gap-1", labelHidden && "sr-only")}>
          <Label htmlFor={id}>{label}</Label>
          {required ? (
            <span className="text-sm text-danger" aria-hidden>
              *
            </span>
          ) : null}
        </div>
        {children}
        {hint ? (
          <p id={hintId} className="text-xs text-muted">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="text-sm font-medium text-danger">
            {error}
          </p>
        ) : null}
      </div>
    </FieldContext.Provider>
  );
}
