import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { z } from "zod";
import { notFound } from "@/lib/server/errors/app-error";

export async function deleteBlackout(auth: AuthContext, id: string): Promise<void> {
  if (!z.uuid().safeParse(id).success) throw notFound("Blackout");
  // Scoped in the WHERE: another household's id deletes nothing and answers 404.
  const { count } = await db().householdBlackout.deleteMany({ where: { id, householdId: auth.householdId } });
  if (count === 0) throw notFound("Blackout");
}
