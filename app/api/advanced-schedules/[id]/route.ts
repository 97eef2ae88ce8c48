import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { deleteSchedule } from "@/lib/schedules/delete-schedule";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { ZUpdateSchedule } from "@/lib/schedules/schemas";
import { updateSchedule } from "@/lib/schedules/update-schedule";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiRoute<Params>("household:read", async ({ params, auth }) => json(await getSchedule(auth, params.id)));

/** Propagates forward only; `tasksChanged` counts the open future occurrences that changed. */
export const PATCH = apiRoute<Params>("schedule:write", async ({ request, params, auth }) =>
  json(await updateSchedule(auth, params.id, await readJson(request, ZUpdateSchedule))),
);

export const DELETE = apiRoute<Params>("schedule:write", async ({ params, auth }) => {
  await deleteSchedule(auth, params.id);
  return new Response(null, { status: 204 });
});
