import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getAsset } from "@/lib/assets/get-asset";
import type { TAssetOut } from "@/lib/assets/schemas";
import { requirePageAuth } from "@/lib/server/auth/page-auth";
import { ZRouteId } from "@/lib/server/api/route";
import { AppError } from "@/lib/server/errors/app-error";

/**
 * Reads an asset for a page, answering the not-found page (HTTP 404) for ids that do
 * not exist or belong to someone the caller may not see, exactly like the API.
 */
export const loadAssetOr404 = cache(async (id: string): Promise<TAssetOut> => {
  const auth = await requirePageAuth();
  if (!ZRouteId.safeParse(id).success) notFound();
  try {
    return await getAsset(auth, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
