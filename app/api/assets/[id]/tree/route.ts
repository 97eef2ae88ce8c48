import { json, apiRoute } from "@/lib/server/api/route";
import { getAssetTree } from "@/lib/assets/get-asset-tree";

export const dynamic = "force-dynamic";

/** The asset and its visible components to any depth: { id, name, status, components: [...] }. */
export const GET = apiRoute<{ id: string }>("asset:read", async ({ params, auth }) => json(await getAssetTree(auth, params.id)));
