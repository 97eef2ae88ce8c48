import { createAppriseTarget } from "@/lib/apprise/create-apprise-target";
import { listAppriseTargets } from "@/lib/apprise/list-apprise-targets";
import { ZCreateAppriseTarget } from "@/lib/apprise/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("account:manage", async ({ auth }) => json(await listAppriseTargets(auth)));

export const POST = apiRoute("account:manage", async ({ request, auth }) =>
  json(await createAppriseTarget(auth, await readJson(request, ZCreateAppriseTarget)), { status: 201 }),
);
