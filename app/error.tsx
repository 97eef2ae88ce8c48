"use client";

import { ErrorContent } from "@/components/app-shell/error-content";

/** The fallback for an unexpected error outside the signed-in frame. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="flex min-h-[60dvh] items-center justify-center px-4">
      <ErrorContent error={error} reset={reset} />
    </main>
  );
}
