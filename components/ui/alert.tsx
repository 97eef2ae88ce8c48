import type { ReactNode } from "react";
import { cn } from "./cn";
import { AlertIcon } from "./icons";

/** A form- or page-level error. role="alert" so it is announced when it appears. */
export function ErrorAlert({
  title,
  children,
  className,
  action,
}: {
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  action?: ReactNode;
}) {
  return (
    <div role="alert" className={cn("flex gap-3 rounded-xl border border-danger/30 bg-danger-soft p-3 text-sm text-danger", className)}>
      <AlertIcon className="mt-0.5 size-4 shrink-0" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="break-words">{children}</div> : null}
        {action ? <div className="mt-1">{action}</div> : null}
      </div>
    </div>
  );
}
