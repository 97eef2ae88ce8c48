import { json, apiRoute } from "@/lib/server/api/route";
import { readJson, readQuery } from "@/lib/server/api/read-json";
import { deleteLocation } from "@/lib/locations/delete-location";
import { getLocation } from "@/lib/locations/get-location";
import { ZDeleteLocationQuery, ZUpdateLocation } from "@/lib/locations/schemas";
import { updateLocation } from "@/lib/locations/update-location";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiRoute<Params>("asset:read", async ({ params, auth }) => json(await getLocation(auth, params.id)));

export const PATCH = apiRoute<Params>("location:write", async ({ request, params, auth }) =>
  json(await updateLocation(auth, params.id, await readJson(request, ZUpdateLocation))),
);

/** 409 while it holds sub-locations or assets, unless ?force=true. */
export const DELETE = apiRoute<Params>("location:write", async ({ request, params, auth }) => {
  await deleteLocation(auth, params.id, readQuery(request, ZDeleteLocationQuery));
  return new Response(null, { status: 204 });
});
