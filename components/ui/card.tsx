import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("rounded-2xl border border-border bg-surface shadow-xs", className)} {...props} />;
}

interface CardSectionProps {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Heading level; sections under a page h1 use h2. */
  as?: "h2" | "h3";
  id?: string;
}

/** A titled card that is also a labelled region for screen-reader navigation. */
export function CardSection({ title, description, action, children, className, as: Heading = "h2", id }: CardSectionProps) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section aria-labelledby={headingId} className={cn("rounded-2xl border border-border bg-surface shadow-xs", className)}>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-border px-4 py-3 sm:px-5">
        <div className="min-w-0">
          <Heading id={headingId} className="text-base font-semibold">
            {title}
          </Heading>
          {description ? <p className="mt-0.5 text-sm text-muted">{description}</p> : null}
        </div>
        {action}
      </div>
      <div className="p-4 sm:p-5">{children}</div>
    </section>
  );
}
