import { json, apiRoute } from "@/lib/server/api/route";
import { readJson, readQuery } from "@/lib/server/api/read-json";
import { addTaskComment } from "@/lib/comments/add-task-comment";
import { listTaskComments } from "@/lib/comments/list-task-comments";
import { ZCreateTaskComment, ZListTaskCommentsQuery } from "@/lib/comments/schemas";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiRoute<Params>("household:read", async ({ request, params, auth }) =>
  json(await listTaskComments(auth, params.id, readQuery(request, ZListTaskCommentsQuery))),
);

export const POST = apiRoute<Params>("task:write", async ({ request, params, auth }) => {
  const comment = await addTaskComment(auth, params.id, await readJson(request, ZCreateTaskComment));
  return json(comment, { status: 201 });
});
