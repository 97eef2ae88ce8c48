import { getNotificationPreferences } from "@/lib/notifications/get-notification-preferences";
import { ZUpdateNotificationPreferences } from "@/lib/notifications/schemas";
import { updateNotificationPreferences } from "@/lib/notifications/update-notification-preferences";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("account:manage", async ({ auth }) => json(await getNotificationPreferences(auth)));

export const PUT = apiRoute("account:manage", async ({ request, auth }) =>
  json(await updateNotificationPreferences(auth, await readJson(request, ZUpdateNotificationPreferences))),
);
