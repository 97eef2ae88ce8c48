import { apiRoute, json } from "@/lib/server/api/route";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string; deliveryId: string }>("webhook:manage", async ({ params, auth }) =>
  json(await resendWebhookDelivery(auth, params.id, params.deliveryId), { status: 202 }),
);
