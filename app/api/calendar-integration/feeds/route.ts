import { createCalendarFeed } from "@/lib/calendar-feeds/create-calendar-feed";
import { listCalendarFeeds } from "@/lib/calendar-feeds/list-calendar-feeds";
import { ZCreateCalendarFeed } from "@/lib/calendar-feeds/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

// Every role may keep calendar feeds: a feed only reads, and only what its member may see.
export const GET = apiRoute("household:read", async ({ auth }) => json(await listCalendarFeeds(auth)));

export const POST = apiRoute("household:read", async ({ request, auth }) =>
  json(await createCalendarFeed(auth, await readJson(request, ZCreateCalendarFeed)), { status: 201 }),
);
