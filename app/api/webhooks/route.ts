import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { ZCreateWebhook } from "@/lib/webhooks/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute("webhook:manage", async ({ auth }) => json(await listWebhooks(auth)));

export const POST = apiRoute("webhook:manage", async ({ request, auth }) =>
  json(await createWebhook(auth, await readJson(request, ZCreateWebhook)), { status: 201 }),
);
