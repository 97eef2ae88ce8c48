import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { ZUpdateWebhook } from "@/lib/webhooks/schemas";
import { updateWebhook } from "@/lib/webhooks/update-webhook";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute<{ id: string }>("webhook:manage", async ({ request, params, auth }) =>
  json(await updateWebhook(auth, params.id, await readJson(request, ZUpdateWebhook))),
);

export const DELETE = apiRoute<{ id: string }>("webhook:manage", async ({ params, auth }) => {
  await deleteWebhook(auth, params.id);
  return new Response(null, { status: 204 });
});
