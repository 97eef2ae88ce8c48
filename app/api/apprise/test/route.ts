import { ZTestApprise } from "@/lib/apprise/schemas";
import { sendTestApprise } from "@/lib/apprise/send-test-apprise";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const POST = apiRoute("account:manage", async ({ request, auth }) =>
  json(await sendTestApprise(auth, await readJson(request, ZTestApprise))),
);
