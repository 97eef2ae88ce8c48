import { apiRoute, json } from "@/lib/server/api/route";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("webhook:manage", async ({ params, auth }) =>
  json(await sendTestWebhook(auth, params.id), { status: 202 }),
);
