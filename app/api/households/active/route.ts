import { ZSwitchHousehold } from "@/lib/households/schemas";
import { switchHousehold } from "@/lib/households/switch-household";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const PUT = apiRoute("household:read", async ({ request, auth }) => {
  await switchHousehold(auth, await readJson(request, ZSwitchHousehold));
  return json({ ok: true });
});
