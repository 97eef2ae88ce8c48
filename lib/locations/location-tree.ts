/** Parent checks shared by creating and moving locations. */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { descendantLocationIds, type LocationNode } from "./location-paths";

const invalidParent = (message: string) => new AppError("VALIDATION", message, { fieldErrors: [{ path: "parentId", message }] });

/**
 * A parent must be a location of the same household and, when moving an existing
 * location, neither itself nor one of its descendants.
 */
export function assertValidLocationParent(locations: readonly LocationNode[], parentId: string, locationId?: string): void {
  if (!locations.some((l) => l.id === parentId)) throw invalidParent("Choose a location of this household as the parent");
  if (locationId && descendantLocationIds(locations, locationId).includes(parentId)) {
    throw invalidParent("A location cannot be placed inside itself or one of its own sub-locations");
  }
}

/** Serializes changes to one household's location tree, so two concurrent moves cannot build a cycle. */
export async function lockLocationTree(tx: DatabaseTransaction, householdId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`location-tree:${householdId}`}, 0))`;
}
