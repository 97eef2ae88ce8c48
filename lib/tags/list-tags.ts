/** The household's tags by name, each with the number of visible assets carrying it. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import type { TTagWithCount } from "./schemas";
import { readTagsOut } from "./tag-out";

export function listTags(auth: AuthContext): Promise<TTagWithCount[]> {
  return readTagsOut(db(), auth);
}
