import "server-only";
import type { Notification } from "@/lib/server/db/client";
import type { TNotificationOut } from "./schemas";

export function notificationOut(
  row: Pick<Notification, "id" | "type" | "title" | "body" | "url" | "readAt" | "createdAt">,
): TNotificationOut {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    url: row.url,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
