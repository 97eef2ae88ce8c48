import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { skipTask } from "@/lib/tasks/skip-task";
import { ZSkipTask } from "@/lib/tasks/schemas";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("task:write", async ({ request, params, auth }) =>
  json(await skipTask(auth, params.id, request.headers.get("content-type") ? await readJson(request, ZSkipTask) : {})),
);
