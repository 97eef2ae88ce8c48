import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { completeTask } from "@/lib/tasks/complete-task";
import { ZCompleteTask } from "@/lib/tasks/schemas";

export const dynamic = "force-dynamic";

/** 422 lists every unmet requirement; on success the schedule's next task is in `nextTask`. */
export const POST = apiRoute<{ id: string }>("task:write", async ({ request, params, auth }) =>
  json(await completeTask(auth, params.id, await readJson(request, ZCompleteTask))),
);
