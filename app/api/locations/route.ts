import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { createLocation } from "@/lib/locations/create-location";
import { listLocations } from "@/lib/locations/list-locations";
import { ZCreateLocation } from "@/lib/locations/schemas";

export const dynamic = "force-dynamic";

/** Every location in tree order: [{ id, name, parentId, path, assetCount }]. */
export const GET = apiRoute("asset:read", async ({ auth }) => json(await listLocations(auth)));

export const POST = apiRoute("location:write", async ({ request, auth }) => {
  const location = await createLocation(auth, await readJson(request, ZCreateLocation));
  return json(location, { status: 201, headers: { location: `/api/locations/${location.id}` } });
});
