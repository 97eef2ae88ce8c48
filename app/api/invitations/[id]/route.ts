import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { apiRoute } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ id: string }>("member:manage", async ({ params, auth }) => {
  await revokeInvitation(auth, params.id);
  return new Response(null, { status: 204 });
});
