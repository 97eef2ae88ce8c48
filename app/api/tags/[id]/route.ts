import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { deleteTag } from "@/lib/tags/delete-tag";
import { getTag } from "@/lib/tags/get-tag";
import { ZUpdateTag } from "@/lib/tags/schemas";
import { updateTag } from "@/lib/tags/update-tag";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiRoute<Params>("asset:read", async ({ params, auth }) => json(await getTag(auth, params.id)));

export const PATCH = apiRoute<Params>("tag:write", async ({ request, params, auth }) =>
  json(await updateTag(auth, params.id, await readJson(request, ZUpdateTag))),
);

export const DELETE = apiRoute<Params>("tag:write", async ({ params, auth }) => {
  await deleteTag(auth, params.id);
  return new Response(null, { status: 204 });
});
