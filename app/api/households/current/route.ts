import { apiRoute, json } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { getHouseholdSettings, updateHouseholdSettings } from "@/lib/households/settings";
import { ZUpdateHouseholdSettings } from "@/lib/households/settings-schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute("household:read", async ({ auth }) => json(await getHouseholdSettings(auth)));

export const PATCH = apiRoute("household:update", async ({ request, auth }) =>
  json(await updateHouseholdSettings(auth, await readJson(request, ZUpdateHouseholdSettings))),
);
