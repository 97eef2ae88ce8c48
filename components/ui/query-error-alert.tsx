"use client";

import { errorMessage } from "@/lib/client/api";
import { ErrorAlert } from "./alert";
import { Button } from "./button";

/** A failed react-query read: what went wrong, and a button to try again. */
export function QueryErrorAlert({ title, query }: { title: string; query: { error: unknown; refetch: () => unknown } }) {
  return (
    <ErrorAlert
      title={title}
      action={
        <Button size="sm" variant="outline" onClick={() => void query.refetch()}>
          Try again
        </Button>
      }
    >
      {errorMessage(query.error)}
    </ErrorAlert>
  );
}
