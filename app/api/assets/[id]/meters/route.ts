import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { createMeter } from "@/lib/meters/create-meter";
import { listMeters } from "@/lib/meters/list-meters";
import { ZCreateMeter } from "@/lib/meters/schemas";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiRoute<Params>("asset:read", async ({ params, auth }) => json(await listMeters(auth, params.id)));

export const POST = apiRoute<Params>("asset:write", async ({ request, params, auth }) =>
  json(await createMeter(auth, params.id, await readJson(request, ZCreateMeter)), { status: 201 }),
);
