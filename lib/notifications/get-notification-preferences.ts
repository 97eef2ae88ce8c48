import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { preferenceMatrix } from "./preference-defaults";
import type { TNotificationPreferences } from "./schemas";

/** The caller's type x channel matrix in the active household (the types their role receives), defaults filled in. */
export async function getNotificationPreferences(auth: AuthContext): Promise<TNotificationPreferences> {
  const stored = await db().notificationPreference.findMany({
    where: { userId: auth.userId, householdId: auth.householdId },
    select: { type: true, channel: true, enabled: true },
  });
  return { preferences: preferenceMatrix(stored, auth.role) };
}
