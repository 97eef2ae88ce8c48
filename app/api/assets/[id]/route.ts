import { json, apiRoute } from "@/lib/server/api/route";
import { readJson, readQuery } from "@/lib/server/api/read-json";
import { deleteAsset } from "@/lib/assets/delete-asset";
import { getAsset } from "@/lib/assets/get-asset";
import { ZDeleteAssetQuery, ZUpdateAsset } from "@/lib/assets/schemas";
import { updateAsset } from "@/lib/assets/update-asset";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiRoute<Params>("asset:read", async ({ params, auth }) => json(await getAsset(auth, params.id)));

/** Only the fields present change; a parentId here moves the asset like POST .../move. */
export const PATCH = apiRoute<Params>("asset:write", async ({ request, params, auth }) =>
  json(await updateAsset(auth, params.id, await readJson(request, ZUpdateAsset))),
);

/** ?components=detach (default) | reparent | delete → { deletedAssetIds }; their attachment files are removed too. */
export const DELETE = apiRoute<Params>("asset:write", async ({ request, params, auth }) =>
  json(await deleteAsset(auth, params.id, readQuery(request, ZDeleteAssetQuery))),
);
