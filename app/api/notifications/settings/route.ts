import { getNotificationSettings } from "@/lib/notifications/get-notification-settings";
import { ZNotificationSettings } from "@/lib/notifications/schemas";
import { updateNotificationSettings } from "@/lib/notifications/update-notification-settings";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("household:read", async ({ auth }) => json(await getNotificationSettings(auth)));

export const PUT = apiRoute("household:update", async ({ request, auth }) =>
  json(await updateNotificationSettings(auth, await readJson(request, ZNotificationSettings))),
);
