import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { ZMarkNotificationsRead } from "@/lib/notifications/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

// Every role may mark its own notifications read: "account:manage" is the caller's own data.
export const POST = apiRoute("account:manage", async ({ request, auth }) =>
  json(await markNotificationsRead(auth, await readJson(request, ZMarkNotificationsRead))),
);
