/**
 * Checks an email and password. Unknown email and wrong password give the same answer
 * (null) in the same time. Guessing is limited by the sign-in route
 * (credential-rate-limits.ts), not here.
 */
import "server-only";
import { db } from "@/lib/server/db/client";
import { burnPasswordCheck, verifyPassword } from "@/lib/server/crypto/password";
import { ZSignIn } from "./schemas";

export async function verifyCredentials(input: unknown): Promise<{ userId: string } | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db().user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { userId: user.id };
}
