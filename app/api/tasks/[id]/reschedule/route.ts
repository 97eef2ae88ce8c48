import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { rescheduleTask } from "@/lib/tasks/reschedule-task";
import { ZRescheduleTask } from "@/lib/tasks/schemas";

export const dynamic = "force-dynamic";

/** { date } moves this occurrence only; { date: null } puts it back on its planned day. */
export const POST = apiRoute<{ id: string }>("task:write", async ({ request, params, auth }) =>
  json(await rescheduleTask(auth, params.id, await readJson(request, ZRescheduleTask))),
);
