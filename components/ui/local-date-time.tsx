"use client";

import { formatDateTime } from "@/lib/client/format";
import { useClientValue } from "./use-client-value";

/** An instant in the reader's own time zone, inside a <time> element. */
export function LocalDateTime({ iso }: { iso: string }) {
  const text = useClientValue(() => formatDateTime(iso), iso.slice(0, 10));
  return <time dateTime={iso}>{text}</time>;
}
