import { changePassword } from "@/lib/accounts/change-password";
import { ZChangePassword } from "@/lib/accounts/schemas";
import { readJson } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

/** Changes the password and signs out every other session of the user. */
export const PUT = apiRoute("account:manage", async ({ request, auth }) =>
  json(await changePassword(auth, await readJson(request, ZChangePassword))),
);
