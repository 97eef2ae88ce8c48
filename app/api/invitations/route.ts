import { createInvitation } from "@/lib/invitations/create-invitation";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { INVITATIONS_PER_HOUR, ZCreateInvitation } from "@/lib/invitations/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("member:manage", async ({ auth }) => json(await listInvitations(auth)));

export const POST = apiRoute(
  "member:manage",
  async ({ request, auth }) => json(await createInvitation(auth, await readJson(request, ZCreateInvitation)), { status: 201 }),
  {
    rateLimit: ({ auth }) => [
      {
        policy: "invitations",
        key: auth.householdId,
        limit: INVITATIONS_PER_HOUR,
        windowSeconds: 3600,
        message: `A household can send ${INVITATIONS_PER_HOUR} invitations an hour. Try again later.`,
      },
    ],
  },
);
