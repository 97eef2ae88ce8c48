import "server-only";
import { db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { TApiTokenOut } from "./schemas";

/** The caller's own tokens for the active household (never the secrets). */
export async function listApiTokens(auth: AuthContext): Promise<TApiTokenOut[]> {
  const rows = await db().apiToken.findMany({
    where: { userId: auth.userId, householdId: auth.householdId },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
