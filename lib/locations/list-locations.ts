/** Every location of the caller's household, in tree order, with paths and visible asset counts. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { readLocationsOut } from "./location-out";
import type { TLocationOut } from "./schemas";

export function listLocations(auth: AuthContext): Promise<TLocationOut[]> {
  return readLocationsOut(db(), auth);
}
