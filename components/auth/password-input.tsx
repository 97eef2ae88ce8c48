"use client";

import { useState, type ComponentProps } from "react";
import { Input } from "@/components/ui/input";

/** A password input with a Show/Hide button, which matters when typing on a phone. */
export function PasswordInput(props: Omit<ComponentProps<"input">, "type">) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <Input {...props} type={visible ? "text" : "password"} className="pr-16" />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-pressed={visible}
        className="absolute inset-y-1 right-1 rounded-md px-3 text-xs font-medium text-muted hover:bg-surface-2 hover:text-fg focus-visible:outline-2 focus-visible:outline-ring"
      >
        {visible ? "Hide" : "Show"}
      </button>
    </div>
  );
}
