import { apiRoute, json } from "@/lib/server/api/route";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("webhook:manage", async ({ params, auth }) =>
  json(await rotateWebhookSecret(auth, params.id)),
);
