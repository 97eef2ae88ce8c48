import "server-only";
import { z } from "zod";
import type { Invitation } from "@/lib/server/db/client";
import { INVITABLE_ROLES, type TInvitationOut } from "./schemas";

const ZInvitableRole = z.enum(INVITABLE_ROLES);

/** "an admin", "a member", "a viewer": for sentences in notifications. */
export const ROLE_WITH_ARTICLE: Record<TInvitationOut["role"], string> = { ADMIN: "an admin", MEMBER: "a member", VIEWER: "a viewer" };

export function invitableRole(role: Invitation["role"]): TInvitationOut["role"] {
  return ZInvitableRole.parse(role);
}

/** The API shape of a stored invitation: no token, no hash. */
export function toInvitationOut(row: Invitation, inviter: { id: string; name: string } | null): TInvitationOut {
  return {
    id: row.id,
    email: row.email,
    role: invitableRole(row.role),
    invitedBy: inviter,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
