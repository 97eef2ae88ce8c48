/**
 * Bearer secrets (API tokens, invitation tokens, calendar feed tokens) are stored only
 * as this hash. They are 256-bit random strings, so an unsalted SHA-256 cannot be
 * guessed backwards, and a lookup by hash is a single indexed equality.
 */
import "server-only";
import { createHash } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
