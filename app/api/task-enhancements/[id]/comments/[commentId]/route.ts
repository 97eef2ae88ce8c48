import { apiRoute } from "@/lib/server/api/route";
import { deleteTaskComment } from "@/lib/comments/delete-task-comment";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ id: string; commentId: string }>("task:write", async ({ params, auth }) => {
  await deleteTaskComment(auth, params.id, params.commentId);
  return new Response(null, { status: 204 });
});
