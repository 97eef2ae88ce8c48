/**
 * Storage keys are made here, never from user input: `<householdId>/<uuid>`. Anything
 * else is refused by the stores, so a key can never name a path outside the store.
 */
import "server-only";
import { randomUUID } from "node:crypto";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const KEY = new RegExp(`^${UUID}/${UUID}$`);
const HOUSEHOLD_ID = new RegExp(`^${UUID}$`);

export function newStorageKey(householdId: string): string {
  if (!HOUSEHOLD_ID.test(householdId)) throw new Error("A storage key needs a household id (a lower-case UUID).");
  return `${householdId}/${randomUUID()}`;
}

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Not a storage key: ${JSON.stringify(key.slice(0, 100))}`);
}
