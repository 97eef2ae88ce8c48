import { vapidKeys } from "@/lib/notifications/vapid-keys";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("account:manage", async () => json({ publicKey: (await vapidKeys()).publicKey }));
