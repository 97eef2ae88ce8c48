import { listOutbox } from "@/lib/email/list-outbox";
import { ZListOutboxQuery } from "@/lib/email/schemas";
import { readQuery } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("member:manage", async ({ request, auth }) =>
  json(await listOutbox(auth, readQuery(request, ZListOutboxQuery))),
);
