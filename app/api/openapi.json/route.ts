import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { json, publicApiRoute } from "@/lib/server/api/route";
import { serverEnv } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export const GET = publicApiRoute(async () =>
  json(buildOpenApiDocument(serverEnv().APP_URL), { headers: { "cache-control": "public, max-age=300" } }),
);
