import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { ZAcceptInvitation } from "@/lib/invitations/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

// Any signed-in user may accept: whether this invitation is theirs is checked against their account's e-mail.
export const POST = apiRoute("account:manage", async ({ request, auth }) =>
  json(await acceptInvitation(auth, await readJson(request, ZAcceptInvitation))),
);
