import { json, apiRoute } from "@/lib/server/api/route";
import { readJson, readQuery } from "@/lib/server/api/read-json";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { listSchedules } from "@/lib/schedules/list-schedules";
import { ZCreateSchedule, ZListSchedulesQuery } from "@/lib/schedules/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute("household:read", async ({ request, auth }) =>
  json(await listSchedules(auth, readQuery(request, ZListSchedulesQuery))),
);

/** Creates the schedule and its first open task → { schedule, tasksChanged, tasksCreated }. */
export const POST = apiRoute("schedule:write", async ({ request, auth }) => {
  const result = await createSchedule(auth, await readJson(request, ZCreateSchedule));
  return json(result, { status: 201, headers: { location: `/api/advanced-schedules/${result.schedule.id}` } });
});
