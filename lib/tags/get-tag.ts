/** One tag of the caller's household, or 404. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import type { TTagWithCount } from "./schemas";
import { readTagOut } from "./tag-out";

export function getTag(auth: AuthContext, id: string): Promise<TTagWithCount> {
  return readTagOut(db(), auth, id);
}
