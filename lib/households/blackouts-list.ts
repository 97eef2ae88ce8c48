/** The current household's blackouts and holidays, earliest first. */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { toBlackoutOut, type TBlackoutOut } from "./blackouts-schemas";

export async function listBlackouts(auth: AuthContext): Promise<TBlackoutOut[]> {
  const rows = await db().householdBlackout.findMany({
    where: { householdId: auth.householdId },
    orderBy: [{ from: "asc" }, { id: "asc" }],
  });
  return rows.map(toBlackoutOut);
}
