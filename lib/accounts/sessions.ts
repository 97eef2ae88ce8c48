/**
 * Server-side session records. The browser's next-auth JWT only names a session;
 * whether it is still valid is decided here, so logout and password changes take
 * effect on the server at once.
 */
import "server-only";
import { serverEnv } from "@/lib/server/env";
import { db } from "@/lib/server/db/client";

export async function createSession(userId: string, userAgent?: string | null): Promise<string> {
  const maxAgeMs = serverEnv().SESSION_MAX_AGE_DAYS * 86_400_000;
  const session = await db().authSession.create({
    data: { userId, expiresAt: new Date(Date.now() + maxAgeMs), userAgent: userAgent?.slice(0, 300) ?? null },
    select: { id: true },
  });
  return session.id;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db().authSession.deleteMany({ where: { id: sessionId } });
}

/** Revokes every session of a user except, optionally, the one making the change. */
export async function revokeOtherSessions(userId: string, keepSessionId?: string): Promise<number> {
  const { count } = await db().authSession.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return count;
}
