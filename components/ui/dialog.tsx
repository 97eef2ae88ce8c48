"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { XIcon } from "./icons";

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons row; rendered at the bottom, stacked on phones. */
  footer?: ReactNode;
  className?: string;
}

/**
 * A modal on the native <dialog> element: the browser traps focus, closes on Escape,
 * makes the rest of the page inert; focus returns to the opener on close.
 */
export function Dialog({ open, onClose, title, description, children, footer, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    // Callers often unmount the dialog to close it, which skips the browser's own focus
    // return; so the opener is remembered here and focused again on close or unmount.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // Start in the first field, else on the first footer button (Cancel): never on the
    // destructive action, and not on the close icon, which the browser would pick.
    const start =
      dialog.querySelector<HTMLElement>("[data-dialog-body] :is(input, select, textarea):not([disabled]):not([type=hidden])") ??
      dialog.querySelector<HTMLElement>("[data-dialog-footer] button:not([disabled])");
    start?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Let the parent decide (it may be mid-request); it closes by flipping `open`.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === ref.current) onClose();
      }}
      className={cn(
        "m-auto w-[calc(100%-2rem)] max-w-lg rounded-2xl border border-border bg-surface p-0 text-fg shadow-2xl",
        "max-h-[calc(100dvh-2rem)] overflow-y-auto",
        className,
      )}
    >
      {open ? (
        <div className="flex flex-col gap-4 p-5 sm:p-6">
          <div className="flex items-start justify-between gap-4">
            <div className="flex flex-col gap-1">
              <h2 id={titleId} className="text-lg font-semibold">
                {title}
              </h2>
              {description ? (
                <p id={descriptionId} className="text-sm text-muted">
                  {description}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              onClick={onClose}
              className="-m-1 rounded-md p-1 text-muted hover:bg-surface-2 hover:text-fg focus-visible:outline-2 focus-visible:outline-ring"
            >
              <XIcon className="size-5" />
              <span className="sr-only">Close</span>
            </button>
          </div>
          <div data-dialog-body className="flex flex-col gap-4 empty:hidden">
            {children}
          </div>
          {footer ? (
            <div data-dialog-footer className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              {footer}
            </div>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}

/** The usual footer of a dialog that holds a form: Cancel, and a submit button tied to the form by id. */
export function FormDialogFooter({
  formId,
  submitLabel,
  pending,
  onCancel,
}: {
  formId: string;
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <Button variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" form={formId} loading={pending}>
        {submitLabel}
      </Button>
    </>
  );
}

interface ConfirmDialogProps {
  title: ReactNode;
  description?: ReactNode;
  /** The destructive action's label ("Delete tag", "Revoke"). */
  confirmLabel: string;
  /** While the action runs: the button spins and the dialog refuses to close. */
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}

/** "Are you sure?" before a destructive action: Cancel (focused first) and a danger button. Mount it to open it. */
export function ConfirmDialog({ title, description, confirmLabel, pending, onConfirm, onClose, children }: ConfirmDialogProps) {
  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title={title}
      description={description}
      footer={
        <>
          <Button variant="outline" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button variant="danger" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
