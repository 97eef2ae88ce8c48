import { deletePushSubscription } from "@/lib/notifications/delete-push-subscription";
import { savePushSubscription } from "@/lib/notifications/save-push-subscription";
import { ZDeletePushSubscription, ZPushSubscriptionIn } from "@/lib/notifications/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const POST = apiRoute("account:manage", async ({ request, auth }) =>
  json(await savePushSubscription(auth, await readJson(request, ZPushSubscriptionIn), request.headers.get("user-agent")), { status: 201 }),
);

export const DELETE = apiRoute("account:manage", async ({ request, auth }) => {
  await deletePushSubscription(auth, await readJson(request, ZDeletePushSubscription));
  return new Response(null, { status: 204 });
});
