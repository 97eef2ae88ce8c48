/**
 * Enforces the permission table (lib/core/permissions.ts): the API wrapper and use cases
 * that act on another member's records call this. VIEWER is read-only.
 */
import "server-only";
import { can, type Permission } from "@/lib/core/permissions";
import type { Role } from "./db/generated/enums";
import { AppError } from "./errors/app-error";

export function requirePermission(role: Role, permission: Permission): void {
  if (!can(role, permission)) {
    throw new AppError("FORBIDDEN", "Your role in this household does not allow this.");
  }
}
