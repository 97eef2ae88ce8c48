/**
 * Who may do what, in one table. The server enforces it (`requirePermission` in
 * lib/server/permissions.ts, called by the API wrapper); the browser reads it to hide
 * what a role cannot do. Shared core: no server code, safe in client bundles.
 * VIEWER is read-only.
 */
import type { Role } from "@/lib/server/db/generated/enums";

const ALL: readonly Role[] = ["OWNER", "ADMIN", "MEMBER", "VIEWER"];
const WRITERS: readonly Role[] = ["OWNER", "ADMIN", "MEMBER"];
const MANAGERS: readonly Role[] = ["OWNER", "ADMIN"];

export const PERMISSIONS = {
  "account:manage": ALL,
  "household:read": ALL,
  "household:create": ALL,
  "household:update": MANAGERS,
  "member:manage": MANAGERS,
  "asset:read": ALL,
  "asset:write": WRITERS,
  "location:write": WRITERS,
  "tag:write": WRITERS,
  "attachment:write": WRITERS,
  // Tokens act with their user's role, so a VIEWER's token is read-only too.
  "token:manage": ALL,
  "webhook:manage": MANAGERS,
  "schedule:write": WRITERS,
  "task:write": WRITERS,
  // Closing an EACH-mode task for everyone while assignees still owe their part.
  "task:close-for-all": MANAGERS,
  // Deleting other members' task comments; anyone may delete their own.
  "comment:moderate": MANAGERS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
