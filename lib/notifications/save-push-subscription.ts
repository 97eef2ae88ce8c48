import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { checkPushEndpoint } from "./push-endpoint";
import { ZPushSubscriptionIn, type TPushSubscriptionIn, type TPushSubscriptionOut } from "./schemas";

/**
 * Saves the caller's browser subscription. An endpoint belongs to the account that
 * registered it: saving it again from that account replaces its keys; another account
 * gets a 409 (it must be unsubscribed by its owner first), so nobody can take over
 * someone else's push channel by knowing its endpoint URL.
 */
export async function savePushSubscription(
  auth: AuthContext,
  input: TPushSubscriptionIn,
  userAgent: string | null,
): Promise<TPushSubscriptionOut> {
  const { endpoint, keys } = ZPushSubscriptionIn.parse(input);
  await checkPushEndpoint(endpoint);
  const data = { userId: auth.userId, p256dh: keys.p256dh, auth: keys.auth, userAgent: userAgent?.slice(0, 500) ?? null };
  const row = await db().$transaction(async (tx) => {
    // Only the endpoint's own account may refresh it; creating it again from another
    // account hits the unique endpoint and is refused, races included.
    const { count } = await tx.pushSubscription.updateMany({ where: { endpoint, userId: auth.userId }, data });
    if (count > 0) return tx.pushSubscription.findUniqueOrThrow({ where: { endpoint } });
    const taken = await tx.pushSubscription.findUnique({ where: { endpoint }, select: { id: true } });
    if (taken) {
      throw new AppError("CONFLICT", "This push endpoint is registered to another account. Turn push off there first.", {
        fieldErrors: [{ path: "endpoint", message: "Registered to another account" }],
      });
    }
    return tx.pushSubscription.create({ data: { endpoint, ...data } });
  });
  return { id: row.id, endpoint: row.endpoint, createdAt: row.createdAt.toISOString() };
}
