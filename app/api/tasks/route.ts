import { json, apiRoute } from "@/lib/server/api/route";
import { readJson, readQuery } from "@/lib/server/api/read-json";
import { createTask } from "@/lib/tasks/create-task";
import { listTasks } from "@/lib/tasks/list-tasks";
import { ZCreateTask, ZListTasksQuery } from "@/lib/tasks/schemas";

export const dynamic = "force-dynamic";

/** ?mine, status (repeatable), dueWithinDays, overdue, assetId, scheduleId, parentTaskId, cursor, limit. */
export const GET = apiRoute("household:read", async ({ request, auth }) =>
  json(await listTasks(auth, readQuery(request, ZListTasksQuery))),
);

/** An ad-hoc task, without a schedule. */
export const POST = apiRoute("task:write", async ({ request, auth }) => {
  const task = await createTask(auth, await readJson(request, ZCreateTask));
  return json(task, { status: 201, headers: { location: `/api/tasks/${task.id}` } });
});
