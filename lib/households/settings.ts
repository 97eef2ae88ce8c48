/**
 * Reads and changes the current household's settings. Changing the time zone leaves open
 * tasks on their calendar dates (they are stored as dates); what counts as "today" and
 * "overdue" follows the new zone from the next request.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { ZUpdateHouseholdSettings, type THouseholdSettingsOut, type TUpdateHouseholdSettings } from "./settings-schemas";

const select = { id: true, name: true, timeZone: true, hemisphere: true, currency: true, weekStartsOn: true } as const;

export async function getHouseholdSettings(auth: AuthContext): Promise<THouseholdSettingsOut> {
  const row = await db().household.findUnique({ where: { id: auth.householdId }, select });
  if (!row) throw new AppError("NOT_FOUND", "Household not found.");
  return row;
}

export async function updateHouseholdSettings(auth: AuthContext, input: TUpdateHouseholdSettings): Promise<THouseholdSettingsOut> {
  const data = ZUpdateHouseholdSettings.parse(input);
  return db().household.update({ where: { id: auth.householdId }, data, select });
}
