import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { createSubtask } from "@/lib/tasks/create-subtask";
import { ZCreateSubtask } from "@/lib/tasks/schemas";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("task:write", async ({ request, params, auth }) => {
  const task = await createSubtask(auth, params.id, await readJson(request, ZCreateSubtask));
  return json(task, { status: 201, headers: { location: `/api/tasks/${task.id}` } });
});
