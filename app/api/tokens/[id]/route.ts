import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { apiRoute } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ id: string }>("token:manage", async ({ params, auth }) => {
  await revokeApiToken(auth, params.id);
  return new Response(null, { status: 204 });
});
