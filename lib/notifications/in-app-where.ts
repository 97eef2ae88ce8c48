import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Prisma } from "@/lib/server/db/client";

/** The caller's in-app list in the active household (rows kept only as a delivery record are left out). */
export function inAppNotificationsWhere(auth: Pick<AuthContext, "userId" | "householdId">): Prisma.NotificationWhereInput {
  return { userId: auth.userId, householdId: auth.householdId, channels: { has: "IN_APP" } };
}
