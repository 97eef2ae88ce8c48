import { listMembers } from "@/lib/households/list-members";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("household:read", async ({ auth }) => json(await listMembers(auth)));
