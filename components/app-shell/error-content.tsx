"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { AlertIcon } from "@/components/ui/icons";

/** What an error boundary shows: what happened, a retry, and a way out. */
export function ErrorContent({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="flex max-w-md flex-col items-center gap-4 text-center">
      <div className="rounded-full bg-danger-soft p-4 text-danger">
        <AlertIcon className="size-8" />
      </div>
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="text-sm text-muted">
        The page could not be shown. Try again; if it keeps happening, reload the app.
        {error.digest ? <span className="mt-1 block font-mono text-xs">Reference: {error.digest}</span> : null}
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        <Button onClick={reset}>Try again</Button>
        <ButtonLink href="/dashboard" variant="outline">
          Go to the dashboard
        </ButtonLink>
      </div>
    </div>
  );
}
