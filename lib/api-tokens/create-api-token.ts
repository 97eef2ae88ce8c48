/**
 * Issues a Bearer token for scripts, bound to the caller and the active household.
 * The secret is returned once; only its SHA-256 hash is stored.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { API_TOKEN_PREFIX } from "@/lib/api-tokens/token-prefix";
import { hashToken } from "@/lib/server/crypto/token-hash";
import { ZCreateApiToken, type TApiTokenOut, type TCreateApiToken } from "./schemas";

export async function createApiToken(auth: AuthContext, input: TCreateApiToken): Promise<TApiTokenOut & { token: string }> {
  const { name } = ZCreateApiToken.parse(input);
  // 32 random bytes: 256 bits, far beyond guessing.
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await db().apiToken.create({
    data: { name, userId: auth.userId, householdId: auth.householdId, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
  });
  return { id: row.id, name: row.name, prefix: row.prefix, lastUsedAt: null, createdAt: row.createdAt.toISOString(), token };
}
