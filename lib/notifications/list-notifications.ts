import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { inAppNotificationsWhere } from "./in-app-where";
import { notificationOut } from "./notification-out";
import { ZListNotificationsQuery, type TListNotificationsQuery, type TNotificationPage } from "./schemas";

/** Newest first; ids are time-ordered UUIDv7s, so the cursor is the last id of the page. */
export async function listNotifications(auth: AuthContext, input: TListNotificationsQuery): Promise<TNotificationPage> {
  const { cursor, limit, unread } = ZListNotificationsQuery.parse(input);
  const mine = inAppNotificationsWhere(auth);
  const [rows, unreadCount] = await Promise.all([
    db().notification.findMany({
      where: { ...mine, ...(unread && { readAt: null }), ...(cursor && { id: { lt: cursor } }) },
      orderBy: { id: "desc" },
      take: limit + 1,
    }),
    db().notification.count({ where: { ...mine, readAt: null } }),
  ]);
  const page = rows.slice(0, limit);
  return { items: page.map(notificationOut), nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null, unreadCount };
}
