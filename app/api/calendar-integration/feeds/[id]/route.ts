import { deleteCalendarFeed } from "@/lib/calendar-feeds/delete-calendar-feed";
import { ZUpdateCalendarFeed } from "@/lib/calendar-feeds/schemas";
import { updateCalendarFeed } from "@/lib/calendar-feeds/update-calendar-feed";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute<{ id: string }>("household:read", async ({ request, params, auth }) =>
  json(await updateCalendarFeed(auth, params.id, await readJson(request, ZUpdateCalendarFeed))),
);

export const DELETE = apiRoute<{ id: string }>("household:read", async ({ params, auth }) => {
  await deleteCalendarFeed(auth, params.id);
  return new Response(null, { status: 204 });
});
