import { json, apiRoute } from "@/lib/server/api/route";
import { readJson, readQuery } from "@/lib/server/api/read-json";
import { createAsset } from "@/lib/assets/create-asset";
import { listAssets } from "@/lib/assets/list-assets";
import { ZCreateAsset, ZListAssetsQuery } from "@/lib/assets/schemas";

export const dynamic = "force-dynamic";

/** A page of visible assets: ?q, filters, sort/order, cursor, limit → { items, nextCursor }. */
export const GET = apiRoute("asset:read", async ({ request, auth }) => json(await listAssets(auth, readQuery(request, ZListAssetsQuery))));

export const POST = apiRoute("asset:write", async ({ request, auth }) => {
  const asset = await createAsset(auth, await readJson(request, ZCreateAsset));
  return json(asset, { status: 201, headers: { location: `/api/assets/${asset.id}` } });
});
