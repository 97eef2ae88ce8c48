import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { ZCreateApiToken } from "@/lib/api-tokens/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("token:manage", async ({ auth }) => json(await listApiTokens(auth)));

export const POST = apiRoute("token:manage", async ({ request, auth }) =>
  json(await createApiToken(auth, await readJson(request, ZCreateApiToken)), { status: 201 }),
);
