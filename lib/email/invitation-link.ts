/**
 * The invitation e-mail is rendered later by the worker, from props stored in the job
 * row. So that the token is not kept in clear there either, the props carry it sealed
 * (AES-256-GCM, lib/server/crypto/secret-box) and only the rendering opens it.
 */
import "server-only";
import { openSecret, sealSecret } from "@/lib/server/crypto/secret-box";

const PURPOSE = "invitation-link";

export function sealInvitationToken(token: string): string {
  return sealSecret(token, PURPOSE);
}

export function openInvitationToken(sealed: string): string {
  return openSecret(sealed, PURPOSE);
}

/** The landing page's app-relative path for a token. */
export function invitationPath(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}
