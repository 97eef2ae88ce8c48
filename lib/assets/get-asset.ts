/** One asset the caller may see; 404 otherwise (another household's included). */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { readAssetOut } from "./asset-out";
import type { TAssetOut } from "./schemas";

export function getAsset(auth: AuthContext, id: string): Promise<TAssetOut> {
  return readAssetOut(db(), auth, id);
}
