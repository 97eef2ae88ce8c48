import { getAppriseStatus } from "@/lib/apprise/get-apprise-status";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("account:manage", async () => json(await getAppriseStatus()));
