"use client";

import { useLayoutEffect, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";
import { MonitorIcon, MoonIcon, SunIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";

type ThemeChoice = "light" | "dark" | "system";

const listeners = new Set<() => void>();
const DARK_QUERY = "(prefers-color-scheme: dark)";

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

function apply(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.classList.toggle("dark", dark);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia(DARK_QUERY);
  const onSystemChange = () => {
    if (readChoice() === "system") apply("system");
  };
  media.addEventListener("change", onSystemChange);
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", onSystemChange);
  };
}

function setChoice(choice: ThemeChoice) {
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private mode without storage: the choice still applies to this page.
  }
  apply(choice);
  listeners.forEach((l) => l());
}

const OPTIONS: { value: ThemeChoice; label: string; Icon: typeof SunIcon }[] = [
  { value: "light", label: "Light", Icon: SunIcon },
  { value: "dark", label: "Dark", Icon: MoonIcon },
  { value: "system", label: "System", Icon: MonitorIcon },
];

/** A three-way segmented control: light, dark, or follow the system. */
interface ThemeToggleProps {
  className?: string;
  /** Icons only on phones; the names stay for screen readers. */
  compact?: boolean;
  /** Icons only everywhere (names for screen readers and as tooltips). */
  iconsOnly?: boolean;
}

export function ThemeToggle({ className, compact = false, iconsOnly = false }: ThemeToggleProps) {
  const choice = useSyncExternalStore(subscribe, readChoice, () => "system" as ThemeChoice);
  return (
    <fieldset className={cn("inline-flex min-w-0 rounded-lg border border-border bg-surface p-0.5", className)}>
      <legend className="sr-only">Colour theme</legend>
      {OPTIONS.map(({ value, label, Icon }) => (
        <label
          key={value}
          title={iconsOnly ? label : undefined}
          className={cn(
            "relative inline-flex cursor-pointer items-center justify-center gap-1.5 rounded-md px-2.5 py-1.5 text-xs font-medium text-muted",
            iconsOnly && "px-2",
            "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
            choice === value && "bg-surface-2 text-fg",
          )}
        >
          <input type="radio" name="theme" value={value} checked={choice === value} onChange={() => setChoice(value)} className="sr-only" />
          <Icon className="size-4" aria-hidden />
          <span className={iconsOnly ? "sr-only" : compact ? "max-sm:sr-only" : undefined}>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Re-applies the stored theme when React mounts. Normally the inline script already
 * did; but when React renders the whole document itself (Next's error shell for a
 * not-found page), the class the script set is gone. A layout effect runs before paint.
 */
export function ThemeSync() {
  useLayoutEffect(() => apply(readChoice()), []);
  return null;
}
