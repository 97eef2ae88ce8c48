"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A value that depends on the browser (its time zone, its clock) rendered without a
 * hydration mismatch: the server and hydration render `serverValue`, then the
 * browser's own value. The result must be a primitive so snapshots compare equal.
 */
export function useClientValue<T extends string | number | boolean | null>(clientValue: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, clientValue, () => serverValue);
}
