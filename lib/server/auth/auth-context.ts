import "server-only";
import type { Role } from "../db/generated/enums";

/** Who is acting, in which household, with which role. Every use case takes one. */
export interface AuthContext {
  userId: string;
  householdId: string;
  role: Role;
  /** Set when the caller is a signed-in browser session. */
  sessionId?: string;
  /** Set when the caller used an API token. */
  tokenId?: string;
}
