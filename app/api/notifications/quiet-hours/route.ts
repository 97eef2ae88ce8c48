import { getQuietHours, updateQuietHours } from "@/lib/notifications/quiet-hours-settings";
import { ZQuietHours } from "@/lib/notifications/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("account:manage", async ({ auth }) => json(await getQuietHours(auth)));

export const PUT = apiRoute("account:manage", async ({ request, auth }) =>
  json(await updateQuietHours(auth, await readJson(request, ZQuietHours))),
);
