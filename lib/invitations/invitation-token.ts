/**
 * Invitation tokens: 256 random bits, shown only inside the e-mailed link. The database
 * keeps their SHA-256 (the same hash API tokens use), so a leaked table opens no household.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/server/crypto/token-hash";
import { INVITATION_TOKEN_PREFIX } from "./schemas";

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = `${INVITATION_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return hashToken(token);
}
