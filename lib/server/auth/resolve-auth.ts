/**
 * Turns a request's credentials into an AuthContext: either a Bearer API token or
 * the next-auth session cookie, which must name a live server-side session.
 */
import "server-only";
import { decode } from "next-auth/jwt";
import { API_TOKEN_PREFIX } from "@/lib/api-tokens/token-prefix";
import { hashToken } from "@/lib/server/crypto/token-hash";
import { db } from "@/lib/server/db/client";
import { serverEnv } from "@/lib/server/env";
import type { AuthContext } from "./auth-context";

export async function authFromBearer(authorization: string | null): Promise<AuthContext | null> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token?.startsWith(API_TOKEN_PREFIX)) return null;
  const record = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      householdId: true,
      lastUsedAt: true,
      user: { select: { memberships: { select: { householdId: true, role: true } } } },
    },
  });
  // A token only works while its user still belongs to the token's household.
  const membership = record?.user.memberships.find((m) => m.householdId === record.householdId);
  if (!record || !membership) return null;
  // "Last used" to the minute is enough; skipping the write keeps busy scripts' reads cheap.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  return { userId: record.userId, householdId: record.householdId, role: membership.role, tokenId: record.id };
}

export async function sessionIdFromCookie(cookieValue: string | undefined): Promise<string | null> {
  if (!cookieValue) return null;
  const token = await decode({ token: cookieValue, secret: serverEnv().AUTH_SECRET }).catch(() => null);
  return typeof token?.sid === "string" ? token.sid : null;
}

export async function authFromSessionId(sessionId: string | null): Promise<AuthContext | null> {
  if (!sessionId) return null;
  const session = await db().authSession.findFirst({
    where: { id: sessionId, expiresAt: { gt: new Date() } },
    select: {
      user: {
        select: {
          id: true,
          activeHouseholdId: true,
          memberships: { select: { householdId: true, role: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!session) return null;
  const { user } = session;
  const membership = user.memberships.find((m) => m.householdId === user.activeHouseholdId) ?? user.memberships[0];
  if (!membership) return null;
  return { userId: user.id, householdId: membership.householdId, role: membership.role, sessionId };
}
