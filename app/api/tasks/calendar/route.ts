import { json, apiRoute } from "@/lib/server/api/route";
import { readQuery } from "@/lib/server/api/read-json";
import { taskCalendar } from "@/lib/tasks/calendar";
import { ZTaskCalendarQuery } from "@/lib/tasks/schemas";

export const dynamic = "force-dynamic";

/** ?month=YYYY-MM: the days of that month with tasks due. */
export const GET = apiRoute("household:read", async ({ request, auth }) =>
  json(await taskCalendar(auth, readQuery(request, ZTaskCalendarQuery))),
);
