"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";
import { CheckIcon, AlertIcon, XIcon } from "./icons";

type ToastTone = "success" | "error" | "info";
interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
}

interface ToastApi {
  toast: (message: string, tone?: ToastTone) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast must be used inside <ToastProvider>");
  return api;
}

const DISMISS_AFTER_MS = 5000;

/**
 * Toasts live in two always-present live regions (polite for news, assertive for
 * errors) so screen readers announce them the moment they appear.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((all) => all.filter((t) => t.id !== id)), []);

  const toast = useCallback(
    (message: string, tone: ToastTone = "success") => {
      const id = nextId.current++;
      setItems((all) => [...all.slice(-2), { id, message, tone }]);
      window.setTimeout(() => dismiss(id), DISMISS_AFTER_MS);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ toast }), [toast]);
  const render = (tone: "polite" | "assertive") =>
    items
      .filter((t) => (t.tone === "error") === (tone === "assertive"))
      .map((t) => (
        <div
          key={t.id}
          className={cn(
            "pointer-events-auto flex w-full items-start gap-3 rounded-xl border bg-surface p-3 text-sm shadow-lg",
            t.tone === "error" ? "border-danger/40" : "border-border",
          )}
        >
          {t.tone === "error" ? (
            <AlertIcon className="mt-0.5 size-4 shrink-0 text-danger" />
          ) : (
            <CheckIcon className="mt-0.5 size-4 shrink-0 text-success" />
          )}
          <p className="flex-1">{t.message}</p>
          <button
            type="button"
            onClick={() => dismiss(t.id)}
            className="-m-1 rounded p-1 text-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-ring"
          >
            <XIcon className="size-4" />
            <span className="sr-only">Dismiss</span>
          </button>
        </div>
      ));

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-20 z-50 flex flex-col items-center gap-2 px-4 lg:bottom-6 lg:left-auto lg:right-6 lg:w-96 lg:items-end">
        <div role="status" aria-live="polite" className="flex w-full flex-col gap-2">
          {render("polite")}
        </div>
        <div role="alert" aria-live="assertive" className="flex w-full flex-col gap-2">
          {render("assertive")}
        </div>
      </div>
    </ToastContext.Provider>
  );
}
