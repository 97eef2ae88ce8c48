import "server-only";
import { db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { notFound } from "@/lib/server/errors/app-error";

export async function revokeApiToken(auth: AuthContext, tokenId: string): Promise<void> {
  const { count } = await db().apiToken.deleteMany({
    where: { id: tokenId, userId: auth.userId, householdId: auth.householdId },
  });
  if (count === 0) throw notFound("API token");
}
