/**
 * Deletes a location. One that still holds sub-locations or assets is refused (409)
 * unless forced: then its sub-locations move up to its parent and its assets are left
 * without a location. Assets the caller cannot see count too, since they would change.
 */
import "server-only";
import type { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { lockLocationTree } from "./location-tree";
import type { ZDeleteLocationQuery } from "./schemas";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export async function deleteLocation(
  auth: AuthContext,
  id: string,
  { force }: z.output<typeof ZDeleteLocationQuery> = { force: false },
): Promise<void> {
  const householdId = auth.householdId;
  await db().$transaction(async (tx) => {
    await lockLocationTree(tx, householdId);
    const location = await tx.location.findFirst({
      where: { id, householdId },
      select: { parentId: true, _count: { select: { children: true, assets: true } } },
    });
    if (!location) throw notFound("Location");
    const { children, assets } = location._count;
    if (!force && (children > 0 || assets > 0)) {
      const contents = [children > 0 ? plural(children, "sub-location") : null, assets > 0 ? plural(assets, "asset") : null];
      throw new AppError(
        "CONFLICT",
        `This location still holds ${contents.filter(Boolean).join(" and ")}. Delete with force=true to move sub-locations up to its parent and leave the assets without a location.`,
      );
    }
    await tx.location.updateMany({ where: { householdId, parentId: id }, data: { parentId: location.parentId } });
    await tx.asset.updateMany({ where: { householdId, locationId: id }, data: { locationId: null } });
    await tx.location.delete({ where: { id, householdId }, select: { id: true } });
  });
}
