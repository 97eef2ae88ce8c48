/**
 * Moves an asset under another parent (making it a component) or to the top level
 * (parentId null). Its own components travel with it. The same rules as a PATCH of
 * parentId: the parent must be visible in the household and not the asset itself or
 * one of its components (422 on parentId).
 */
import "server-only";
import type { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { ZMoveAsset, type TAssetOut } from "./schemas";
import { updateAsset } from "./update-asset";

export function moveAsset(auth: AuthContext, id: string, input: z.input<typeof ZMoveAsset>): Promise<TAssetOut> {
  const { parentId } = ZMoveAsset.parse(input);
  return updateAsset(auth, id, { parentId });
}
