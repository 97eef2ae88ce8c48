import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { createTag } from "@/lib/tags/create-tag";
import { listTags } from "@/lib/tags/list-tags";
import { ZCreateTag } from "@/lib/tags/schemas";

export const dynamic = "force-dynamic";

/** Every tag by name: [{ id, name, color, assetCount }]. */
export const GET = apiRoute("asset:read", async ({ auth }) => json(await listTags(auth)));

export const POST = apiRoute("tag:write", async ({ request, auth }) => {
  const tag = await createTag(auth, await readJson(request, ZCreateTag));
  return json(tag, { status: 201, headers: { location: `/api/tags/${tag.id}` } });
});
