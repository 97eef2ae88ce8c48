import { deleteAppriseTarget } from "@/lib/apprise/delete-apprise-target";
import { apiRoute } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ id: string }>("account:manage", async ({ params, auth }) => {
  await deleteAppriseTarget(auth, params.id);
  return new Response(null, { status: 204 });
});
