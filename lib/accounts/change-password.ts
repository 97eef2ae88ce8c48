/**
 * Changes a password after checking the current one. Every other session ends; the
 * caller may also end its own ("sign out everywhere") and, by default, every API token
 * of the account is revoked. A wrong current password is a failed attempt for the
 * route's guess limits (credential-rate-limits.ts).
 */
import "server-only";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { hashPassword, verifyPassword } from "@/lib/server/crypto/password";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { ZChangePassword, type TChangePassword, type TChangePasswordOut } from "./schemas";

export async function changePassword(auth: AuthContext, input: TChangePassword): Promise<TChangePasswordOut> {
  const data = ZChangePassword.parse(input);
  const user = await db().user.findUniqueOrThrow({ where: { id: auth.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("VALIDATION", "The current password is not correct.", {
      fieldErrors: [{ path: "currentPassword", message: "The current password is not correct" }],
      failedAttempt: true,
    });
  }
  const passwordHash = await hashPassword(data.newPassword);
  const keepSessionId = data.signOutEverywhere ? undefined : auth.sessionId;
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: auth.userId }, data: { passwordHash } });
    const sessions = await tx.authSession.deleteMany({
      where: { userId: auth.userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    });
    const tokens = data.revokeApiTokens ? await tx.apiToken.deleteMany({ where: { userId: auth.userId } }) : { count: 0 };
    return { revokedSessions: sessions.count, revokedApiTokens: tokens.count, signedOut: !keepSessionId };
  });
}
