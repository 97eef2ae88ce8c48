import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { ZDeletePushSubscription, type TDeletePushSubscription } from "./schemas";

/** Forgets the caller's subscription; already gone (e.g. dropped after a 410) is fine too. */
export async function deletePushSubscription(auth: AuthContext, input: TDeletePushSubscription): Promise<void> {
  const { endpoint } = ZDeletePushSubscription.parse(input);
  await db().pushSubscription.deleteMany({ where: { endpoint, userId: auth.userId } });
}
