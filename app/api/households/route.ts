import { createHousehold } from "@/lib/households/create-household";
import { ZCreateHousehold } from "@/lib/households/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const POST = apiRoute("household:create", async ({ request, auth }) =>
  json(await createHousehold(auth, await readJson(request, ZCreateHousehold)), { status: 201 }),
);
