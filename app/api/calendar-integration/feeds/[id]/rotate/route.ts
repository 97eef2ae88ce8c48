import { rotateCalendarFeed } from "@/lib/calendar-feeds/rotate-calendar-feed";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("household:read", async ({ params, auth }) => json(await rotateCalendarFeed(auth, params.id)));
