/**
 * Adds a blackout or holiday. Schedules read the household's blackouts each time they
 * plan an occurrence, so tasks planned from now on avoid it; tasks already planned keep their date.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { toBlackoutOut, ZCreateBlackout, type TBlackoutOut, type TCreateBlackout } from "./blackouts-schemas";

export async function createBlackout(auth: AuthContext, input: TCreateBlackout): Promise<TBlackoutOut> {
  const data = ZCreateBlackout.parse(input);
  const row = await db().householdBlackout.create({
    data: {
      householdId: auth.householdId,
      from: data.startsOn,
      to: data.endsOn,
      label: data.label || null,
      isHoliday: data.kind === "HOLIDAY",
    },
  });
  return toBlackoutOut(row);
}
