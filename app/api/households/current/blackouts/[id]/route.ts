import { apiRoute } from "@/lib/server/api/route";
import { deleteBlackout } from "@/lib/households/blackouts-delete";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const DELETE = apiRoute<Params>("household:update", async ({ params, auth }) => {
  await deleteBlackout(auth, params.id);
  return new Response(null, { status: 204 });
});
