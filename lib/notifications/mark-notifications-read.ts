import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { inAppNotificationsWhere } from "./in-app-where";
import { ZMarkNotificationsRead, type TMarkNotificationsRead, type TMarkNotificationsReadOut } from "./schemas";

/** Marks the given (or all) unread notifications of the caller read; ids of others are ignored, not errors. */
export async function markNotificationsRead(
  auth: AuthContext,
  input: TMarkNotificationsRead,
  now = new Date(),
): Promise<TMarkNotificationsReadOut> {
  const parsed = ZMarkNotificationsRead.parse(input);
  const mine = inAppNotificationsWhere(auth);
  const { count } = await db().notification.updateMany({
    where: { ...mine, readAt: null, ...("ids" in parsed && { id: { in: parsed.ids } }) },
    data: { readAt: now },
  });
  const unreadCount = await db().notification.count({ where: { ...mine, readAt: null } });
  return { updated: count, unreadCount };
}
