import { listNotifications } from "@/lib/notifications/list-notifications";
import { ZListNotificationsQuery } from "@/lib/notifications/schemas";
import { readQuery } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("account:manage", async ({ request, auth }) =>
  json(await listNotifications(auth, readQuery(request, ZListNotificationsQuery))),
);
