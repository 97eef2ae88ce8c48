import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { DEFAULT_WARRANTY_LEAD_DAYS, type TNotificationSettings } from "./schemas";

/** The active household's notification settings (defaults until someone changes them). */
export async function getNotificationSettings(auth: AuthContext): Promise<TNotificationSettings> {
  const row = await db().householdNotificationSettings.findUnique({ where: { householdId: auth.householdId } });
  return { warrantyLeadDays: row?.warrantyLeadDays ?? [...DEFAULT_WARRANTY_LEAD_DAYS] };
}
