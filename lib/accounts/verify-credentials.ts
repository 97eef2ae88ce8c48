/**
 * Checks an email and password, rate-limited per account and per client. Unknown
 * email and wrong password give the same answer (null) in the same time.
 */
import { serverEnv } from "@/lib/server/env";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { burnPasswordCheck, verifyPassword } from "@/lib/server/auth/password";
import { hitRateLimit, resetRateLimit } from "@/lib/server/rate-limit";
import { ZSignIn } from "./schemas";

export async function verifyCredentials(input: unknown, clientKey: string): Promise<{ userId: string } | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const env = serverEnv();
  const windowSeconds = env.LOGIN_WINDOW_MINUTES * 60;

  const [perAccount, perClient] = await Promise.all([
    hitRateLimit(`login:account:${email}`, env.LOGIN_MAX_ATTEMPTS, windowSeconds),
    hitRateLimit(`login:client:${clientKey}`, env.LOGIN_MAX_ATTEMPTS * 5, windowSeconds),
  ]);
  if (!perAccount.allowed || !perClient.allowed) {
    throw new AppError("RATE_LIMITED", "Too many sign-in attempts. Try again later.", {
      retryAfterSeconds: Math.max(perAccount.retryAfterSeconds, perClient.retryAfterSeconds),
    });
  }

  const user = await db().user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await resetRateLimit(`login:account:${email}`);
  return { userId: user.id };
}
