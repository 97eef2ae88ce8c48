import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { getNotificationPreferences } from "./get-notification-preferences";
import { ZUpdateNotificationPreferences, type TNotificationPreferences, type TUpdateNotificationPreferences } from "./schemas";

/** Stores the cells sent (others keep their choice or default); returns the whole matrix. */
export async function updateNotificationPreferences(
  auth: AuthContext,
  input: TUpdateNotificationPreferences,
): Promise<TNotificationPreferences> {
  const { preferences } = ZUpdateNotificationPreferences.parse(input);
  await db().$transaction(
    preferences.map((p) =>
      db().notificationPreference.upsert({
        where: {
          userId_householdId_type_channel: { userId: auth.userId, householdId: auth.householdId, type: p.type, channel: p.channel },
        },
        create: { userId: auth.userId, householdId: auth.householdId, type: p.type, channel: p.channel, enabled: p.enabled },
        update: { enabled: p.enabled },
      }),
    ),
  );
  return getNotificationPreferences(auth);
}
