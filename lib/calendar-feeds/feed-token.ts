/**
 * The secret in a feed's URL: 32 bytes from the CSPRNG (256 bits), base64url, so it
 * fits a path segment as is. Only its SHA-256 is stored (the API tokens' hash), so a
 * database dump does not let anyone read a member's calendar.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/server/crypto/token-hash";
import { serverEnv } from "@/lib/server/env";

export interface IssuedFeedToken {
  token: string;
  tokenHash: string;
  tokenHint: string;
}

export function issueFeedToken(): IssuedFeedToken {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashFeedToken(token), tokenHint: token.slice(-4) };
}

export const hashFeedToken = (token: string): string => hashToken(token);

/** A token as issued: 43 base64url characters. Anything else cannot exist. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The app's public address without a trailing slash (APP_URL). */
export const appUrl = (): string => serverEnv().APP_URL.replace(/\/+$/, "");

/** The subscription URL; calendar apps that want webcal:// get it from the UI. */
export const feedUrl = (token: string): string => `${appUrl()}/calendar/${token}.ics`;
