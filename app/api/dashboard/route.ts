import { json, apiRoute } from "@/lib/server/api/route";
import { getDashboard } from "@/lib/assets/get-dashboard";

export const dynamic = "force-dynamic";

export const GET = apiRoute("asset:read", async ({ auth }) => json(await getDashboard(auth)));
