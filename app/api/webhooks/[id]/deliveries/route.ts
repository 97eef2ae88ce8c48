import { readQuery } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { ZListWebhookDeliveriesQuery } from "@/lib/webhooks/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("webhook:manage", async ({ request, params, auth }) =>
  json(await listWebhookDeliveries(auth, params.id, readQuery(request, ZListWebhookDeliveriesQuery))),
);
