import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { moveAsset } from "@/lib/assets/move-asset";
import { ZMoveAsset } from "@/lib/assets/schemas";

export const dynamic = "force-dynamic";

/** { parentId: uuid | null } → the moved asset. 422 on parentId for a cycle or an unknown parent. */
export const POST = apiRoute<{ id: string }>("asset:write", async ({ request, params, auth }) =>
  json(await moveAsset(auth, params.id, await readJson(request, ZMoveAsset))),
);
