"use client";

import { ErrorContent } from "@/components/app-shell/error-content";

/** Errors inside the signed-in frame keep the navigation on screen. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex justify-center py-10">
      <ErrorContent error={error} reset={reset} />
    </div>
  );
}
