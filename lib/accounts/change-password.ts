/** Changes a password after checking the current one; signs out every other session. */
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { revokeOtherSessions } from "./sessions";
import { ZChangePassword, type TChangePassword } from "./schemas";

export async function changePassword(auth: AuthContext, input: TChangePassword): Promise<{ revokedSessions: number }> {
  const data = ZChangePassword.parse(input);
  const user = await db().user.findUniqueOrThrow({ where: { id: auth.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("VALIDATION", "The current password is not correct.", {
      fieldErrors: [{ path: "currentPassword", message: "The current password is not correct" }],
    });
  }
  await db().user.update({ where: { id: auth.userId }, data: { passwordHash: await hashPassword(data.newPassword) } });
  const revokedSessions = await revokeOtherSessions(auth.userId, auth.sessionId);
  return { revokedSessions };
}
