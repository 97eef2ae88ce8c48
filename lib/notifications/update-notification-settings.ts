import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { ZNotificationSettings, type TNotificationSettings, type TUpdateNotificationSettings } from "./schemas";

export async function updateNotificationSettings(auth: AuthContext, input: TUpdateNotificationSettings): Promise<TNotificationSettings> {
  const { warrantyLeadDays } = ZNotificationSettings.parse(input);
  const row = await db().householdNotificationSettings.upsert({
    where: { householdId: auth.householdId },
    create: { householdId: auth.householdId, warrantyLeadDays },
    update: { warrantyLeadDays },
  });
  return { warrantyLeadDays: row.warrantyLeadDays };
}
