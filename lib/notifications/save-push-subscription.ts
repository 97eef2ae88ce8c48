import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { checkPushEndpoint } from "./push-endpoint";
import { ZPushSubscriptionIn, type TPushSubscriptionIn, type TPushSubscriptionOut } from "./schemas";

/**
 * Saves the caller's browser subscription. An endpoint belongs to one browser profile,
 * so saving it again (new keys, or another user signing in there) replaces the old row.
 */
export async function savePushSubscription(auth: AuthContext, input: TPushSubscriptionIn, userAgent: string | null): Promise<TPushSubscriptionOut> {
  const { endpoint, keys } = ZPushSubscriptionIn.parse(input);
  await checkPushEndpoint(endpoint);
  const data = { userId: auth.userId, p256dh: keys.p256dh, auth: keys.auth, userAgent: userAgent?.slice(0, 500) ?? null };
  const row = await db().pushSubscription.upsert({ where: { endpoint }, create: { endpoint, ...data }, update: data });
  return { id: row.id, endpoint: row.endpoint, createdAt: row.createdAt.toISOString() };
}
