import { apiRoute, json } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { createBlackout } from "@/lib/households/blackouts-create";
import { listBlackouts } from "@/lib/households/blackouts-list";
import { ZCreateBlackout } from "@/lib/households/blackouts-schemas";

export const dynamic = "force-dynamic";

/** Everyone may see what moves their tasks; only managers change it. */
export const GET = apiRoute("household:read", async ({ auth }) => json(await listBlackouts(auth)));

export const POST = apiRoute("household:update", async ({ request, auth }) =>
  json(await createBlackout(auth, await readJson(request, ZCreateBlackout)), { status: 201 }),
);
