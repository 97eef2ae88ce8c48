import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { deleteTask } from "@/lib/tasks/delete-task";
import { getTask } from "@/lib/tasks/get-task";
import { ZUpdateTask } from "@/lib/tasks/schemas";
import { updateTask } from "@/lib/tasks/update-task";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiRoute<Params>("household:read", async ({ params, auth }) => json(await getTask(auth, params.id)));

export const PATCH = apiRoute<Params>("task:write", async ({ request, params, auth }) =>
  json(await updateTask(auth, params.id, await readJson(request, ZUpdateTask))),
);

export const DELETE = apiRoute<Params>("task:write", async ({ params, auth }) => {
  await deleteTask(auth, params.id);
  return new Response(null, { status: 204 });
});
